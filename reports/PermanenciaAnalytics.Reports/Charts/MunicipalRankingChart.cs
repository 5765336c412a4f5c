using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Matching;
using ScottPlot;

namespace PermanenciaAnalytics.Reports.Charts;

/// <summary>
/// Institutions ranked by dropout rate (horizontal bars, highest at the top), coloured by plan status:
/// green on time, orange late, red without plan.
/// </summary>
public static class MunicipalRankingChart
{
    public static Plot Create(int year, MunicipalPlanView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var plot = ChartStyle.NewPlot($"Instituciones por tasa de deserción {year} y estado del plan", "Tasa de deserción", string.Empty);
        var ranked = view.Ranking.Where(r => r.Indicators.DropoutRate is not null && !r.Indicators.Suppressed).ToList();
        var count = ranked.Count;
        var legendDone = new HashSet<PlanSubmissionStatus>();
        var max = 0.0;
        for (var i = 0; i < count; i++)
        {
            var item = ranked[i];
            var value = (double)item.Indicators.DropoutRate!.Value;
            var bar = new Bar
            {
                Position = count - 1 - i,
                Value = value,
                FillColor = ColorOf(item.Submission),
                Orientation = Orientation.Horizontal,
                // The value on every bar: a 0 % institution shows "0,00 %" instead of looking absent.
                Label = ChartStyle.Percent(item.Indicators.DropoutRate.Value),
            };
            var bars = plot.Add.Bars(new[] { bar });
            bars.Horizontal = true;
            bars.ValueLabelStyle.FontSize = 11;
            if (legendDone.Add(item.Submission))
            {
                bars.LegendText = PlanSubmission.Label(item.Submission);
            }

            max = Math.Max(max, value);
        }

        if (count == 0)
        {
            ChartStyle.ShowNoData(plot, $"Sin datos de deserción para {year}");
            return plot;
        }

        var reserved = view.Ranking.Count - count;
        if (reserved > 0)
        {
            plot.XLabel($"Tasa de deserción ({reserved} {(reserved == 1 ? "institución reservada no se dibuja" : "instituciones reservadas no se dibujan")})");
        }

        ChartStyle.LabelledTicks(plot.Axes.Left, ranked.Select((_, i) => (double)(count - 1 - i)).ToList(),
            ranked.Select(r => $"{r.Rank}. {ChartStyle.ShortInstitutionName(r.Indicators.InstitutionName ?? r.Indicators.InstitutionDane ?? string.Empty)}").ToList());
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = ChartStyle.Percent };
        plot.Axes.SetLimitsX(0, max <= 0 ? 1 : max * 1.2);
        plot.Axes.SetLimitsY(-0.7, Math.Max(count, 1) - 0.3);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    /// <summary>Height in pixels that keeps one readable row per institution.</summary>
    public static int HeightFor(MunicipalPlanView view) => 240 + (22 * Math.Max(1, view?.Ranking.Count ?? 1));

    private static Color ColorOf(PlanSubmissionStatus status) => status switch
    {
        PlanSubmissionStatus.OnTime => ChartStyle.OnTime,
        PlanSubmissionStatus.Late => ChartStyle.Late,
        _ => ChartStyle.Missing,
    };
}
