using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// Sede names of one institution (the <c>sede</c> catalogue the loads keep). The indicators engine groups by sede DANE
/// code only; a page shows the name beside the code, and the code alone when no extract gave a name.
/// </summary>
public static class SedeNames
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(SedeNames).Assembly);

    public static IReadOnlyDictionary<string, string> For(DatabaseTarget target, string institutionDane)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(institutionDane);
        using var connection = target.Open();
        return connection.Query<(string SedeDane, string Name)>(Scripts.Read(target.Dialect, "Web", "SedeNames"), new { dane = institutionDane })
            .ToDictionary(r => r.SedeDane, r => r.Name.Trim(), StringComparer.Ordinal);
    }
}
