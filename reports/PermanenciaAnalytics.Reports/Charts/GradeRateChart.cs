using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using ScottPlot;

namespace PermanenciaAnalytics.Reports.Charts;

/// <summary>
/// Dropout rate by grade (bars) against the plan's target for each grade (its grade target, else its level target,
/// drawn as a red marker) and the municipal rate (dashed line). Suppressed grades are left out.
/// </summary>
public static class GradeRateChart
{
    public static Plot Create(string institutionName, int year, IReadOnlyList<IndicatorRow> byGrade, InstitutionPlan? plan, decimal? municipalRate)
    {
        ArgumentNullException.ThrowIfNull(byGrade);
        var plot = ChartStyle.NewPlot($"Deserción por grado {year} – {institutionName}", "Grado", "Tasa de deserción");
        var rows = ChartedRows(byGrade);
        var max = 0.0;
        for (var i = 0; i < rows.Count; i++)
        {
            var rate = (double)rows[i].DropoutRate!.Value;
            // The value on every bar: a 0 % grade shows "0,00 %" instead of looking like missing data.
            var bars = plot.Add.Bars(new[] { new Bar { Position = i, Value = rate, FillColor = ChartStyle.Institution, Label = ChartStyle.Percent(rows[i].DropoutRate!.Value) } });
            bars.ValueLabelStyle.FontSize = 11;
            max = Math.Max(max, rate);
        }

        var targetsDrawn = false;
        for (var i = 0; i < rows.Count; i++)
        {
            if (TargetFor(plan, rows[i].Grade!.Value) is { } target)
            {
                var marker = plot.Add.Marker(i, (double)target, MarkerShape.HorizontalBar, 40, ChartStyle.Target);
                marker.LineWidth = 3;
                if (!targetsDrawn)
                {
                    marker.LegendText = "Meta del plan";
                    targetsDrawn = true;
                }

                max = Math.Max(max, (double)target);
            }
        }

        if (municipalRate is { } municipal)
        {
            var line = plot.Add.HorizontalLine((double)municipal, 2, ChartStyle.Municipal, LinePattern.Dashed);
            line.LegendText = $"Municipio ({ChartStyle.Percent(municipal)})";
            max = Math.Max(max, (double)municipal);
        }

        if (rows.Count == 0)
        {
            ChartStyle.ShowNoData(plot, byGrade.Any(r => r.Suppressed) ? $"Datos reservados de {year}: grupos demasiado pequeños para publicarse" : $"Sin datos de matrícula para {year}");
            return plot;
        }

        var reserved = byGrade.Where(r => r.Suppressed && r.Grade is { } g && GradeCatalog.IsInDropoutUniverse(g)).Select(r => GradeCatalog.DisplayName(r.Grade!.Value)).ToList();
        if (reserved.Count > 0)
        {
            plot.XLabel($"Grado (reservados, sin barra: {string.Join(", ", reserved)})");
        }

        ChartStyle.LabelledTicks(plot.Axes.Bottom, rows.Select((_, i) => (double)i).ToList(), rows.Select(r => GradeCatalog.DisplayName(r.Grade!.Value)).ToList());
        ChartStyle.PercentAxisFromZero(plot, max);
        plot.Axes.SetLimitsX(-0.7, Math.Max(rows.Count, 1) - 0.3);
        if (targetsDrawn || municipalRate is not null)
        {
            // ScottPlot renders a blank image when a bottom legend has no entries.
            plot.ShowLegend(Edge.Bottom);
        }

        return plot;
    }

    /// <summary>
    /// The grades drawn as bars, in bar order: bar <c>i</c> is at x = <c>i</c>. Callers that map bars back to grades
    /// (the web page's clickable bars) use this so they can never disagree with the chart.
    /// </summary>
    public static IReadOnlyList<IndicatorRow> ChartedRows(IReadOnlyList<IndicatorRow> byGrade)
    {
        ArgumentNullException.ThrowIfNull(byGrade);
        return byGrade
            .Where(r => r.Grade is { } g && GradeCatalog.IsInDropoutUniverse(g) && !r.Suppressed && r.DropoutRate is not null)
            .OrderBy(r => r.Grade)
            .ToList();
    }

    /// <summary>The target that applies to a grade: a target for the grade itself wins over one for its level.</summary>
    public static decimal? TargetFor(InstitutionPlan? plan, int grade) =>
        plan?.Targets.FirstOrDefault(t => t.Scope.Grade == grade)?.MaxDropoutRate
        ?? plan?.Targets.FirstOrDefault(t => t.Scope.Level == GradeCatalog.LevelOf(grade))?.MaxDropoutRate;
}
