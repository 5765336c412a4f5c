using PermanenciaAnalytics.Core.Indicators;
using ScottPlot;

namespace PermanenciaAnalytics.Reports.Charts;

/// <summary>
/// The dropout rate year by year: one bar per school year with its value written on it, and the municipality's rate as a
/// dashed line when the chart is an institution's. A year with no rate says why on its place ("reservado" for a
/// suppressed cell, "sin dato" for no data), so a missing bar is never mistaken for 0 %. With a single year the title says
/// that no earlier year is loaded.
/// </summary>
public static class YearTrendChart
{
    public const int Width = 900;
    public const int Height = 420;

    /// <param name="subject">Whose rate the bars show ("Municipio" or the institution's short name).</param>
    /// <param name="years">The years to show, oldest first.</param>
    /// <param name="rows">One row per year (the subject's total); a suppressed row is drawn as reserved.</param>
    /// <param name="municipal">For an institution, the municipality's row per year (a line); null for the city itself.</param>
    public static Plot Create(string subject, IReadOnlyList<int> years, IReadOnlyDictionary<int, IndicatorRow> rows, IReadOnlyDictionary<int, IndicatorRow>? municipal)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(rows);
        var title = years.Count switch
        {
            0 => $"Tasa de deserción por año – {subject}: sin datos",
            1 => $"Tasa de deserción {years[0]} – {subject} (no hay años anteriores cargados)",
            _ => $"Tasa de deserción {years[0]}–{years[^1]} – {subject}",
        };
        var plot = ChartStyle.NewPlot(title, "Año lectivo", "Tasa de deserción");
        if (rows.Count == 0)
        {
            ChartStyle.ShowNoData(plot, years.Count == 0 ? "Sin datos" : $"Sin datos de {string.Join(", ", years)}");
            return plot;
        }

        var max = 0.0;
        for (var i = 0; i < years.Count; i++)
        {
            rows.TryGetValue(years[i], out var row);
            var label = row switch
            {
                null => "sin dato",
                { Suppressed: true } => "reservado",
                _ => row.DropoutRate is { } rate ? ChartStyle.Percent(rate) : "sin dato",
            };
            var value = row is { Suppressed: false, DropoutRate: { } r } ? (double)r : 0;
            var bars = plot.Add.Bars(new[] { new Bar { Position = i, Value = value, FillColor = ChartStyle.Institution, Label = label } });
            bars.ValueLabelStyle.FontSize = 14;
            if (i == 0)
            {
                bars.LegendText = ChartStyle.ShortInstitutionName(subject);
            }

            max = Math.Max(max, value);
        }

        if (municipal is not null)
        {
            var points = years.Select((y, i) => (i, municipal.TryGetValue(y, out var m) && !m.Suppressed ? m.DropoutRate : null))
                .Where(p => p.Item2 is not null).ToList();
            if (points.Count > 0)
            {
                var line = plot.Add.Scatter(points.Select(p => (double)p.i).ToArray(), points.Select(p => (double)p.Item2!.Value).ToArray(), ChartStyle.Municipal);
                line.LinePattern = LinePattern.Dashed;
                line.LineWidth = 2;
                line.MarkerSize = 8;
                line.LegendText = "Municipio";
                max = Math.Max(max, points.Max(p => (double)p.Item2!.Value));
            }
        }

        ChartStyle.LabelledTicks(plot.Axes.Bottom, years.Select((_, i) => (double)i).ToList(), years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());
        plot.Axes.SetLimitsX(-0.75, Math.Max(years.Count, 1) - 0.25);
        ChartStyle.PercentAxisFromZero(plot, max);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }
}
