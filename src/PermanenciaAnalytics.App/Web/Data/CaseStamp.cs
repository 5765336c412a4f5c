using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// The newest case and contact ids (Cases/CaseStamp.sql). A recorded contact does not bump the data version (it would
/// throw away every cached aggregate at each call a school logs), but it always adds a contact row, and opening a case
/// adds a case row: figures cached under the data version and this stamp move with the casework like a live read.
/// </summary>
/// <param name="Cases">The newest <c>outreach_case.case_id</c> (0 when none).</param>
/// <param name="Contacts">The newest <c>case_contact.contact_id</c> (0 when none).</param>
public sealed record CaseStamp(long Cases, long Contacts)
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(CaseStamp).Assembly);

    public static CaseStamp Read(DatabaseTarget database)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var connection = database.Open();
        var (cases, contacts) = connection.QuerySingle<(long, long)>(Scripts.Read(database.Dialect, "Cases", "CaseStamp"));
        return new CaseStamp(cases, contacts);
    }
}
