using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Matching;
using ScottPlot;

namespace PermanenciaAnalytics.Reports.Charts;

/// <summary>
/// Cumulative dropouts at the end of each month (line with markers) against the target path allowed by the plan
/// (dashed, <see cref="TargetPath"/>), with the months that have a follow-up record marked by green triangles.
/// </summary>
public static class MonthlyDropoutChart
{
    public static Plot Create(
        string institutionName,
        int year,
        IReadOnlyList<IndicatorRow> byMonth,
        decimal? yearEndAllowance,
        IReadOnlyCollection<int> followUpMonths,
        MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(byMonth);
        ArgumentNullException.ThrowIfNull(followUpMonths);
        ArgumentNullException.ThrowIfNull(options);
        var plot = ChartStyle.NewPlot($"Desertores acumulados por mes {year} – {institutionName}", "Mes", "Desertores acumulados");
        var points = byMonth.Where(r => r.Month is not null && !r.Suppressed).OrderBy(r => r.Month).ToList();
        var max = 0.0;
        if (points.Count > 0)
        {
            var line = plot.Add.Scatter(points.Select(p => (double)p.Month!.Value).ToArray(), points.Select(p => (double)p.Dropouts).ToArray());
            line.Color = ChartStyle.Institution;
            line.LineWidth = 2;
            line.MarkerSize = 7;
            line.LegendText = "Desertores acumulados";
            max = points.Max(p => (double)p.Dropouts);
        }

        var months = Enumerable.Range(options.FirstSchoolMonth, options.SchoolMonths).ToList();
        if (yearEndAllowance is { } allowance)
        {
            var path = plot.Add.Scatter(
                months.Select(m => (double)m).ToArray(),
                months.Select(m => (double)TargetPath.AllowedAt(allowance, m, options)).ToArray());
            path.Color = ChartStyle.Target;
            path.LinePattern = LinePattern.Dashed;
            path.LineWidth = 2;
            path.MarkerSize = 0;
            path.LegendText = "Trayectoria de la meta";
            max = Math.Max(max, (double)allowance);
        }

        var first = true;
        foreach (var month in followUpMonths.Order())
        {
            var marker = plot.Add.Marker(month, 0, MarkerShape.FilledTriangleUp, 14, ChartStyle.FollowUp);
            if (first)
            {
                marker.LegendText = "Mes con seguimiento";
                first = false;
            }
        }

        ChartStyle.LabelledTicks(plot.Axes.Bottom, months.Select(m => (double)m).ToList(), months.Select(SpanishMonths.Abbreviation).ToList());
        ChartStyle.CountAxisFromZero(plot, max);
        plot.Axes.SetLimitsX(options.FirstSchoolMonth - 0.5, options.LastSchoolMonth + 0.5);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }
}
