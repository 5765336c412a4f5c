using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Sql;

namespace PermanenciaAnalytics.Reports.Outcomes;

/// <summary>
/// The "as of" date of a year's indicators: the final cut of the last <c>recompute</c> (which honours <c>--until</c>),
/// else the last loaded SIMAT cut of that year; null when the year has no SIMAT rows. Publications name their version
/// month after it, and the dashboard leaves months after it empty (no data exists for them yet).
/// </summary>
public static class DataAsOf
{
    public static DateOnly? LastCut(DatabaseTarget target, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        var value = connection.ExecuteScalar<object?>(SqlScripts.Of(typeof(DataAsOf).Assembly).Read(target.Dialect, "Outcomes", "DataAsOf"), new { year });
        return DialectParameters.ReadDate(value);
    }

    /// <summary>The latest school year with SIMAT rows, or null when nothing is loaded.</summary>
    public static int? LatestYear(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        return connection.ExecuteScalar<long?>(SqlScripts.Of(typeof(DataAsOf).Assembly).Read(target.Dialect, "Outcomes", "LatestYear")) is { } year ? (int)year : null;
    }

    /// <summary>
    /// The month a year's data stand at, from its <see cref="LastCut"/>: a cut dated after the school year (January of
    /// Y+1) means the whole year (12); no cut gives null.
    /// </summary>
    public static int? Month(DateOnly? lastCut, int year) => lastCut switch
    {
        { } cut when cut.Year == year => cut.Month,
        { } cut when cut.Year > year => 12,
        _ => null,
    };
}
