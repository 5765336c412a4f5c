using System.Text;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Matching;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// The plan part of the institution page: submission status, the <see cref="PlanMatcher"/> result computed by the
/// publication's own assembly (targets, grades above the municipality without a strategy, SIMPADE reason coverage,
/// months and strategies without follow-up), and the follow-up history. Wording follows the published page.
/// </summary>
internal static class InstitutionPlanSection
{
    public static void Append(StringBuilder html, HttpContext context, InstitutionPublication institution, string dane, int year)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(institution);
        var match = institution.Match;
        // A finding on a scope that holds a reserved (small) cell would hint at that cell's counts: it is reserved too.
        var hidden = institution.ByGrade.Where(r => r.Suppressed && r.Grade is not null).Select(r => r.Grade!.Value).ToHashSet();
        html.Append("<section aria-labelledby=\"plan\"><h2 id=\"plan\">Plan de permanencia y hallazgos</h2>\n<p>Estado del plan ").Append(Html.Year(year))
            .Append(": <strong class=\"").Append(PlanMatchDisplay.StatusClass(match.Submission)).Append("\">").Append(Html.E(PlanSubmission.Label(match.Submission))).Append("</strong>");
        if (institution.Plan is { } plan)
        {
            html.Append(" (radicado el ").Append(Html.Date(plan.SubmittedOn)).Append(')');
        }

        html.Append(". Datos hasta ").Append(Html.E(SpanishMonths.Name(match.AsOfMonth))).Append('.');
        if (AccessPolicy.Allows(context.User, Capability.PlanUpload, dane))
        {
            html.Append(" <a href=\"/instituciones/").Append(Html.Url(dane)).Append("/plan?anio=").Append(Html.Year(year)).Append("\">Ver o cargar el plan</a>");
        }

        html.Append("</p>\n");
        AppendTargets(html, match, hidden, year);
        AppendFindings(html, match, hidden);
        html.Append("<h3>Seguimiento mensual</h3>\n");
        if (institution.Plan is { FollowUps.Count: > 0 } withFollowUps)
        {
            PlanFollowUpForm.AppendHistory(html, year, withFollowUps);
        }
        else
        {
            html.Append("<p>No hay seguimientos mensuales registrados.</p>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendTargets(StringBuilder html, PlanMatchResult match, HashSet<int> hidden, int year)
    {
        if (match.Targets.Count == 0)
        {
            html.Append("<p>El plan no tiene metas cargadas.</p>\n");
            return;
        }

        html.Append("<div class=\"scroll\"><table>\n<caption>Metas del plan ").Append(Html.Year(year))
            .Append("</caption>\n<thead><tr><th scope=\"col\">Grado o nivel</th><th scope=\"col\" class=\"num\">Meta</th><th scope=\"col\" class=\"num\">Tasa hasta la fecha</th>")
            .Append("<th scope=\"col\" class=\"num\">Tasa proyectada</th><th scope=\"col\">Resultado</th></tr></thead><tbody>\n");
        foreach (var t in match.Targets)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.E(t.Target.Scope.Display)).Append("</th><td class=\"num\">").Append(Html.Rate(t.Target.MaxDropoutRate)).Append("</td>");
            if (PlanMatchDisplay.IsReserved(t.Target.Scope, hidden))
            {
                html.Append("<td class=\"num\">").Append(IndicatorCells.Reserved).Append("</td><td class=\"num\">").Append(IndicatorCells.Reserved).Append("</td><td>dato reservado</td></tr>\n");
                continue;
            }

            html.Append("<td class=\"num\">").Append(Html.Rate(t.RateSoFar)).Append("</td><td class=\"num\">").Append(Html.Rate(t.ProjectedRate))
                .Append("</td><td class=\"").Append(PlanMatchDisplay.TargetClass(t.Status)).Append("\">").Append(PlanMatchDisplay.TargetLabel(t.Status)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    private static void AppendFindings(StringBuilder html, PlanMatchResult match, HashSet<int> hidden)
    {
        var items = new List<string>();
        foreach (var u in match.UntargetedAboveMunicipal)
        {
            var rate = PlanMatchDisplay.IsReserved(u.Scope, hidden) ? "dato reservado" : Html.Rate(u.Rate);
            items.Add($"<li class=\"warn\">{Html.E(u.Scope.Display)}: deserción {rate}, por encima del municipio ({Html.Rate(u.MunicipalRate)}), sin ninguna estrategia del plan dirigida a este grupo.</li>");
        }

        var reasons = match.Reasons;
        var observed = reasons.Covered.Count + reasons.Uncovered.Count;
        if (observed > 0)
        {
            items.Add($"<li>Cobertura de razones SIMPADE por los factores de riesgo: {Html.Rate(reasons.CoveragePercent)} ({Html.Count(reasons.Covered.Count)} de {Html.Count(observed)}).</li>");
            items.AddRange(reasons.Uncovered.Select(r => $"<li class=\"warn\">Razón observada sin factor de riesgo en el plan: {Html.E(r.Label)}.</li>"));
        }

        if (match.MonthsWithoutFollowUp.Count > 0)
        {
            items.Add($"<li class=\"warn\">Meses sin seguimiento: {Html.E(string.Join(", ", match.MonthsWithoutFollowUp.Select(SpanishMonths.Name)))}.</li>");
        }

        items.AddRange(match.StrategiesEndedWithoutFollowUp.Select(s =>
            $"<li class=\"warn\">La estrategia «{Html.E(s.Name)}» terminó el {Html.Date(s.End)} sin registros de seguimiento.</li>"));
        html.Append("<h3>Hallazgos</h3>\n");
        html.Append(items.Count == 0 ? "<p>Sin hallazgos.</p>\n" : "<ul class=\"findings\">\n" + string.Join("\n", items) + "\n</ul>\n");
    }
}
