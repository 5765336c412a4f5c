using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Sql;

namespace PermanenciaAnalytics.Reports.Outcomes;

/// <summary>
/// Whether a year's outcomes describe every SIMAT load of that year, and the recompute that makes them do. Readers of
/// the outcomes (indicators, reconcile, publish) call <see cref="RecomputeIfStale"/> first, so <c>load</c> then
/// <c>indicators</c> gives the numbers; an explicit <c>recompute --until</c> is kept (its cut is reused).
/// </summary>
public static class OutcomeFreshness
{
    /// <summary>True when a SIMAT load of <paramref name="year"/> is newer than the outcomes (or they were never computed).</summary>
    public static bool IsStale(DatabaseTarget target, int year) => Read(target, year).IsStale;

    /// <summary>Recomputes the year when its outcomes are stale; returns the recompute, or null when they were current.</summary>
    public static RecomputeResult? RecomputeIfStale(DatabaseTarget target, int year)
    {
        var (stale, until) = Read(target, year);
        return stale ? OutcomeRecomputer.Recompute(target, year, until) : null;
    }

    private static (bool IsStale, DateOnly? Until) Read(DatabaseTarget target, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        var row = connection.QuerySingle<(long IsStale, object? Until)>(
            SqlScripts.Of(typeof(OutcomeFreshness).Assembly).Read(target.Dialect, "Outcomes", "Staleness"), new { year });
        return (row.IsStale == 1, DialectParameters.ReadDate(row.Until));
    }
}
