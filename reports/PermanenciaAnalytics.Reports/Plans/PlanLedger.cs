using System.Data.Common;
using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>
/// Records plan loads in <c>load_ledger</c> (kind <c>plan</c>) like every other load: loaded plans inside the plan's own
/// transaction, refused ones on their own. A file whose SHA-256 is already loaded is a duplicate and changes nothing.
/// </summary>
internal static class PlanLedger
{
    public const string Kind = "plan";

    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(PlanLedger).Assembly);

    public static bool IsLoaded(DatabaseTarget target, string sha256)
    {
        using var connection = target.Open();
        return connection.ExecuteScalar<long>(Scripts.Read(target.Dialect, "Plans", "LedgerFindLoaded"), new { Sha256 = sha256 }) > 0;
    }

    public static void Record(SqlDialect dialect, DbConnection connection, DbTransaction? transaction, PlanLedgerEntry entry) =>
        connection.Execute(Scripts.Read(dialect, "Plans", "LedgerInsert"), new
        {
            entry.FileName,
            entry.Sha256,
            Kind,
            entry.Year,
            entry.Status,
            entry.RowsRead,
            entry.RowsLoaded,
            entry.RowsRejected,
            StartedAt = entry.At,
            FinishedAt = entry.At,
            entry.Message,
        }, transaction);

    public static void RecordRefused(DatabaseTarget target, PlanLedgerEntry entry)
    {
        using var connection = target.Open();
        Record(target.Dialect, connection, null, entry);
    }
}

/// <summary>One ledger line of a plan load; <see cref="Status"/> is <c>loaded</c> or <c>refused</c>.</summary>
internal sealed record PlanLedgerEntry(string FileName, string Sha256, int? Year, string Status, int RowsRead, int RowsLoaded, int RowsRejected, DateTime At, string? Message);
