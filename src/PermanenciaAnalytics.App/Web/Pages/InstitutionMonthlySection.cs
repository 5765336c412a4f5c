using System.Text;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Charts;
using PermanenciaAnalytics.Reports.Matching;
using PermanenciaAnalytics.Reports.Publishing;
using ScottPlot;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// Cumulative dropouts by month against the plan's target path, fed exactly as the publisher feeds
/// <see cref="MonthlyDropoutChart"/>: the institution's month rows, the year-end allowance of its targets over its grade
/// rows, and the months with a follow-up record. The table beside the chart holds the same values for screen readers.
/// </summary>
internal static class InstitutionMonthlySection
{
    public const int Width = 900;
    public const int Height = 480;

    public static byte[] Png(InstitutionPublication institution, int year)
    {
        ArgumentNullException.ThrowIfNull(institution);
        var plot = MonthlyDropoutChart.Create(institution.InstitutionName, year, institution.ByMonth, Allowance(institution), FollowUpMonths(institution), MatchingOptions.Default);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    public static void Append(StringBuilder html, InstitutionPublication institution, string dane, int year)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(institution);
        var options = MatchingOptions.Default;
        var allowance = Allowance(institution);
        var followUps = FollowUpMonths(institution).ToHashSet();
        var byMonth = institution.ByMonth.Where(r => r.Month is not null).ToDictionary(r => r.Month!.Value);
        html.Append("<section aria-labelledby=\"mensual\"><h2 id=\"mensual\">Desertores por mes frente a la meta</h2>\n")
            .Append("<figure><img id=\"grafico-mensual\" src=\"/instituciones/").Append(Html.Url(dane)).Append("/grafico-mensual.png?anio=").Append(Html.Year(year))
            .Append("\" width=\"").Append(Width).Append("\" height=\"").Append(Height)
            .Append("\" alt=\"Gráfico de líneas: desertores acumulados por mes frente a la trayectoria de la meta del plan, ").Append(Html.Year(year))
            .Append(". Los valores están en la tabla siguiente.\"><figcaption>Desertores acumulados por mes")
            .Append(allowance is null ? " (el plan no tiene metas aplicables: sin trayectoria)" : " frente a la trayectoria de la meta")
            .Append("</figcaption></figure>\n<div class=\"scroll\"><table>\n<caption>Desertores acumulados por mes, ").Append(Html.Year(year))
            .Append("</caption>\n<thead><tr><th scope=\"col\">Mes</th><th scope=\"col\" class=\"num\">Desertores acumulados</th>")
            .Append("<th scope=\"col\" class=\"num\">Permitidos por la meta</th><th scope=\"col\">Seguimiento</th></tr></thead><tbody>\n");
        for (var month = options.FirstSchoolMonth; month <= options.LastSchoolMonth; month++)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.E(SpanishMonths.Name(month))).Append("</th><td class=\"num\">")
                .Append(byMonth.TryGetValue(month, out var row) ? row.Suppressed ? IndicatorCells.Reserved : Html.Count(row.Dropouts) : "—")
                .Append("</td><td class=\"num\">")
                .Append(allowance is { } a ? TargetPath.AllowedAt(a, month, options).ToString("N2", Html.Colombia) : "—")
                .Append("</td><td>").Append(followUps.Contains(month) ? "Registrado" : "—").Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    private static decimal? Allowance(InstitutionPublication institution) => TargetPath.YearEndAllowance(institution.Plan, institution.ByGrade);

    private static List<int> FollowUpMonths(InstitutionPublication institution) =>
        institution.Plan?.FollowUps.Select(f => f.Month).ToList() ?? [];
}
