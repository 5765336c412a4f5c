using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using ScottPlot;

namespace PermanenciaAnalytics.Reports.Charts;

/// <summary>
/// Municipal dropout rate at the end of each month, this year against last year: two lines over the months the caller
/// chose (see <see cref="MonthsToShow"/>), Spanish month ticks, y from zero in es-CO percent. Rows are the cumulative
/// <see cref="IndicatorDimension.MunicipalityMonth"/> series; suppressed rows and months the caller left out are not drawn.
/// </summary>
public static class MonthlyComparisonChart
{
    public static readonly Color LastYear = Color.FromHex("#8C8C8C");

    public static Plot Create(int year, IReadOnlyList<IndicatorRow> thisYear, IReadOnlyList<IndicatorRow> lastYear, IReadOnlyList<int> months)
    {
        ArgumentNullException.ThrowIfNull(thisYear);
        ArgumentNullException.ThrowIfNull(lastYear);
        ArgumentNullException.ThrowIfNull(months);
        // Honest about a missing year: the title and the legend say it has no data instead of drawing one line silently.
        var lastMissing = !lastYear.Any(r => !r.Suppressed);
        var title = lastMissing
            ? $"Tasa de deserción acumulada por mes: {year} (sin datos de {year - 1} para comparar)"
            : $"Tasa de deserción acumulada por mes: {year} frente a {year - 1}";
        var plot = ChartStyle.NewPlot(title, "Mes", "Tasa de deserción acumulada");
        if (!thisYear.Any(r => !r.Suppressed) && lastMissing)
        {
            ChartStyle.ShowNoData(plot, $"Sin datos de {year} ni de {year - 1}");
            return plot;
        }

        var max = 0.0;
        max = Math.Max(max, AddLine(plot, lastYear, months, LastYear, LinePattern.Dashed, $"{year - 1}"));
        max = Math.Max(max, AddLine(plot, thisYear, months, ChartStyle.Institution, LinePattern.Solid, $"{year}"));
        if (months.Count > 0)
        {
            ChartStyle.LabelledTicks(plot.Axes.Bottom, months.Select(m => (double)m).ToList(), months.Select(SpanishMonths.Abbreviation).ToList());
            plot.Axes.SetLimitsX(months.Min() - 0.5, months.Max() + 0.5);
        }

        ChartStyle.PercentAxisFromZero(plot, max);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    /// <summary>
    /// The school months (calendar A, February–November by default), widened to any month outside them where either
    /// series' cumulative dropouts grew, so a December or January dropout is not hidden by the window.
    /// </summary>
    public static IReadOnlyList<int> MonthsToShow(int firstSchoolMonth, int lastSchoolMonth, params IReadOnlyList<IndicatorRow>[] series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var first = firstSchoolMonth;
        var last = lastSchoolMonth;
        foreach (var rows in series)
        {
            var byMonth = rows.Where(r => r.Month is not null && !r.Suppressed).ToDictionary(r => r.Month!.Value, r => r.Dropouts);
            foreach (var (month, dropouts) in byMonth)
            {
                var previous = byMonth.TryGetValue(month - 1, out var p) ? p : 0;
                if (dropouts > previous)
                {
                    first = Math.Min(first, month);
                    last = Math.Max(last, month);
                }
            }
        }

        return Enumerable.Range(first, last - first + 1).ToList();
    }

    /// <summary>One line over the given months; returns the highest rate drawn (0 when nothing was).</summary>
    private static double AddLine(Plot plot, IReadOnlyList<IndicatorRow> rows, IReadOnlyList<int> months, Color color, LinePattern pattern, string legend)
    {
        var points = rows.Where(r => r.Month is { } m && months.Contains(m) && !r.Suppressed && r.DropoutRate is not null)
            .OrderBy(r => r.Month).ToList();
        if (points.Count == 0)
        {
            return 0;
        }

        var line = plot.Add.Scatter(points.Select(p => (double)p.Month!.Value).ToArray(), points.Select(p => (double)p.DropoutRate!.Value).ToArray());
        line.Color = color;
        line.LinePattern = pattern;
        line.LineWidth = 2;
        line.MarkerSize = 7;
        line.LegendText = legend;
        return points.Max(p => (double)p.DropoutRate!.Value);
    }
}
