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
        var value = connection.ExecuteScalar<object?>(ReportSql.Read(target.Dialect, "Outcomes", "DataAsOf"), new { year });
        return DialectParameters.ReadDate(value);
    }
}
