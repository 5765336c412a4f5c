using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;
using ScottPlot;

namespace PermanenciaAnalytics.Reports.Charts;

/// <summary>
/// The institution's dropout rate against the municipality's, for the total and for each level the institution
/// teaches (pairs of bars). Level rates are summed counts divided once (docs/design.md §5 rule 7). The total is the
/// institution's own row (suppressed grade rows carry no counts, so it cannot be summed from them); a level with a
/// suppressed grade is left out, since its rate could reveal that cell.
/// </summary>
public static class InstitutionVsMunicipalChart
{
    public static Plot Create(
        string institutionName, int year, IndicatorRow? institutionTotal, IReadOnlyList<IndicatorRow> institutionByGrade, IndicatorRow? municipalTotal, IReadOnlyList<IndicatorRow> municipalByLevel)
    {
        ArgumentNullException.ThrowIfNull(institutionByGrade);
        ArgumentNullException.ThrowIfNull(municipalByLevel);
        var plot = ChartStyle.NewPlot($"Institución frente al municipio {year} – {institutionName}", string.Empty, "Tasa de deserción");
        var groups = new List<(string Label, decimal? Institution, decimal? Municipal)>
        {
            ("Total", institutionTotal is { Suppressed: false } total ? total.DropoutRate : null, municipalTotal?.DropoutRate),
        };
        foreach (var level in Core.Plans.PlanScope.LevelsWithRates)
        {
            var rows = institutionByGrade.Where(r => r.Grade is { } g && GradeCatalog.LevelOf(g) == level).ToList();
            if (rows.Count > 0 && !rows.Any(r => r.Suppressed))
            {
                var municipal = municipalByLevel.FirstOrDefault(r => r.Level == EducationLevelNames.Key(level))?.DropoutRate;
                groups.Add((EducationLevelNames.Display(level), Rate(rows), municipal));
            }
        }

        if (groups.All(g => g.Institution is null && g.Municipal is null))
        {
            ChartStyle.ShowNoData(plot, $"Sin datos de {year}");
            return plot;
        }

        var max = 0.0;
        for (var i = 0; i < groups.Count; i++)
        {
            max = Math.Max(max, AddBar(plot, i * 3, groups[i].Institution, ChartStyle.Institution, i == 0 ? "Institución" : null));
            max = Math.Max(max, AddBar(plot, (i * 3) + 1, groups[i].Municipal, ChartStyle.Municipal, i == 0 ? "Municipio" : null));
        }

        ChartStyle.LabelledTicks(plot.Axes.Bottom, groups.Select((_, i) => (i * 3) + 0.5).ToList(), groups.Select(g => g.Label).ToList());
        ChartStyle.PercentAxisFromZero(plot, max);
        plot.Axes.SetLimitsX(-1, groups.Count * 3 - 1);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static double AddBar(Plot plot, double position, decimal? rate, Color color, string? legend)
    {
        var value = (double)(rate ?? 0m);
        var bar = new Bar { Position = position, Value = value, FillColor = color, Label = rate is { } r ? ChartStyle.Percent(r) : "s. d." };
        var bars = plot.Add.Bars(new[] { bar });
        bars.ValueLabelStyle.FontSize = 12;
        if (legend is not null)
        {
            bars.LegendText = legend;
        }

        return value;
    }

    private static decimal? Rate(IEnumerable<IndicatorRow> rows)
    {
        var selected = rows.Where(r => r.Grade is { } g && GradeCatalog.IsInDropoutUniverse(g)).ToList();
        return DropoutRate.Percent(selected.Sum(r => r.Dropouts), selected.Sum(r => r.Enrolled));
    }
}
