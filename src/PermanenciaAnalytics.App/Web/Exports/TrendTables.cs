using PermanenciaAnalytics.App.Web.Data;

namespace PermanenciaAnalytics.App.Web.Exports;

/// <summary>A year-by-year trend (dashboard or institution) as a download, with the city's rate beside an institution's.</summary>
internal static class TrendTables
{
    public static ExportTable Of(string fileStem, YearTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        List<ExportColumn> columns = [new("Año lectivo"), .. ExportTable.CountColumns];
        if (trend.Municipal is not null)
        {
            columns.Add(new ExportColumn("Tasa municipal (%)", ExportKind.Rate));
        }

        return new ExportTable(fileStem, $"Tasa de deserción por año: {trend.Subject}", columns,
            [.. trend.Years.Select(year =>
            {
                object?[] counts = trend.Rows.TryGetValue(year, out var row) ? ExportTable.Counts(row, withTransfers: false) : [null, null, "sin dato"];
                object?[] cells = [year.ToString(System.Globalization.CultureInfo.InvariantCulture), .. counts];
                return trend.Municipal is { } municipal ? [.. cells, municipal.TryGetValue(year, out var m) ? ExportTable.RateOf(m) : "sin dato"] : cells;
            })]);
    }
}
