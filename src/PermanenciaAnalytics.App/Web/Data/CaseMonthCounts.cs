using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// The plan follow-up's contactados and reintegrados of one month, derived from the institution's búsqueda-activa cases
/// (Cases/CaseMonthCounts.sql; docs/methodology.md, "Búsqueda activa en cifras"). Counts only.
/// </summary>
public sealed record CaseMonthCount(int Month, long Contacted, long Returned)
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(CaseMonthCount).Assembly);

    /// <summary>All twelve months of <paramref name="year"/> for <paramref name="institutionDane"/>, zeros included.</summary>
    public static IReadOnlyList<CaseMonthCount> Read(DatabaseTarget database, int year, string institutionDane)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentException.ThrowIfNullOrEmpty(institutionDane);
        using var connection = database.Open();
        var months = connection.Query<(long Month, long Contacted, long Returned)>(
                Scripts.Read(database.Dialect, "Cases", "CaseMonthCounts"), new { year, dane = institutionDane })
            .ToDictionary(r => (int)r.Month);
        return [.. Enumerable.Range(1, 12).Select(m => months.TryGetValue(m, out var r) ? new CaseMonthCount(m, r.Contacted, r.Returned) : new CaseMonthCount(m, 0, 0))];
    }
}
