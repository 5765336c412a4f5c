using System.Text;
using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Matching;
using static PermanenciaAnalytics.Reports.Publishing.PublicationFormat;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>The body of an institution's <c>index.html</c>: indicators by grade, charts, plan status and findings.</summary>
internal static class InstitutionPage
{
    public static string Render(InstitutionPublication institution, IReadOnlyList<IndicatorRow> suppressedByGrade, int year, int month, string charts)
    {
        var match = institution.Match;
        var hidden = suppressedByGrade.Where(r => r.Suppressed && r.Grade is not null).Select(r => r.Grade!.Value).ToHashSet();
        var body = new StringBuilder();
        body.Append("<p><a href=\"../index.html\">← Informe municipal</a></p>\n")
            .Append($"<h1>{Html(institution.InstitutionName)}</h1>\n")
            .Append($"<p>Código DANE {Html(institution.InstitutionDane)} · Año {year.ToString(System.Globalization.CultureInfo.InvariantCulture)} · Datos hasta {Html(SpanishMonths.Name(month))}</p>\n")
            .Append("<h2>Indicadores por grado</h2>\n<table>\n<tr><th class=\"t\">Grado</th><th>Matriculados</th><th>Desertores</th><th>Trasladados</th><th>Tasa de deserción</th><th>Meta</th></tr>\n");
        foreach (var row in suppressedByGrade.Where(r => r.Grade is { } g && GradeCatalog.IsInDropoutUniverse(g)).OrderBy(r => r.Grade))
        {
            var target = Charts.GradeRateChart.TargetFor(institution.Plan, row.Grade!.Value);
            body.Append($"<tr><td class=\"t\">{Html(GradeCatalog.DisplayName(row.Grade.Value))}</td>")
                .Append(row.Suppressed
                    ? $"<td>{SuppressedMark}</td><td>{SuppressedMark}</td><td>{SuppressedMark}</td><td>{SuppressedMark}</td>"
                    : $"<td>{Count(row.Enrolled)}</td><td>{Count(row.Dropouts)}</td><td>{Count(row.TransfersOut)}</td><td>{Rate(row.DropoutRate)}</td>")
                .Append($"<td>{(target is { } t ? Rate(t) : "—")}</td></tr>\n");
        }

        body.Append("</table>\n<p>Tablas: <a href=\"indicadores_grado.csv\">CSV</a> · <a href=\"indicadores_grado.xlsx\">XLSX</a></p>\n")
            .Append("<h2>Gráficos</h2>\n").Append(charts)
            .Append("<h2>Plan de permanencia</h2>\n")
            .Append($"<p>Estado: <strong class=\"{PlanMatchDisplay.StatusClass(match.Submission)}\">{Html(PlanSubmission.Label(match.Submission))}</strong>")
            .Append(institution.Plan is { } plan ? $" (radicado el {plan.SubmittedOn.ToString("d 'de' MMMM 'de' yyyy", Culture)})" : string.Empty)
            .Append("</p>\n");
        AppendTargets(body, match, hidden);
        AppendFindings(body, match, hidden);
        return body.ToString();
    }

    private static void AppendTargets(StringBuilder body, PlanMatchResult match, HashSet<int> hidden)
    {
        if (match.Targets.Count == 0)
        {
            body.Append("<p>El plan no tiene metas cargadas.</p>\n");
            return;
        }

        body.Append("<h3>Metas</h3>\n<table>\n<tr><th class=\"t\">Grado o nivel</th><th>Meta</th><th>Tasa hasta la fecha</th><th>Tasa proyectada</th><th class=\"t\">Resultado</th></tr>\n");
        foreach (var t in match.Targets)
        {
            // A result on a scope with a reserved cell would hint at that cell's counts, so it is reserved too.
            var reserved = PlanMatchDisplay.IsReserved(t.Target.Scope, hidden);
            body.Append($"<tr><td class=\"t\">{Html(t.Target.Scope.Display)}</td><td>{Rate(t.Target.MaxDropoutRate)}</td>")
                .Append(reserved
                    ? $"<td>{SuppressedMark}</td><td>{SuppressedMark}</td><td class=\"t\">dato reservado</td></tr>\n"
                    : $"<td>{Rate(t.RateSoFar)}</td><td>{Rate(t.ProjectedRate)}</td><td class=\"t {PlanMatchDisplay.TargetClass(t.Status)}\">{PlanMatchDisplay.TargetLabel(t.Status)}</td></tr>\n");
        }

        body.Append("</table>\n");
    }

    private static void AppendFindings(StringBuilder body, PlanMatchResult match, HashSet<int> hidden)
    {
        body.Append("<h3>Hallazgos</h3>\n<ul>\n");
        foreach (var u in match.UntargetedAboveMunicipal)
        {
            var rate = PlanMatchDisplay.IsReserved(u.Scope, hidden) ? "dato reservado" : Rate(u.Rate);
            body.Append($"<li class=\"warn\">{Html(u.Scope.Display)}: deserción {rate}, por encima del municipio ({Rate(u.MunicipalRate)}), sin ninguna estrategia del plan dirigida a este grupo.</li>\n");
        }

        var reasons = match.Reasons;
        if (reasons.Covered.Count + reasons.Uncovered.Count > 0)
        {
            body.Append($"<li>Cobertura de razones SIMPADE por los factores de riesgo: {Rate(reasons.CoveragePercent)} ({reasons.Covered.Count} de {reasons.Covered.Count + reasons.Uncovered.Count}).</li>\n");
            foreach (var r in reasons.Uncovered)
            {
                body.Append($"<li class=\"warn\">Razón observada sin factor de riesgo en el plan: {Html(r.Label)}.</li>\n");
            }
        }

        if (match.MonthsWithoutFollowUp.Count > 0)
        {
            body.Append($"<li class=\"warn\">Meses sin seguimiento: {Html(string.Join(", ", match.MonthsWithoutFollowUp.Select(SpanishMonths.Name)))}.</li>\n");
        }

        foreach (var s in match.StrategiesEndedWithoutFollowUp)
        {
            body.Append($"<li class=\"warn\">La estrategia «{Html(s.Name)}» terminó el {s.End.ToString("d 'de' MMMM", Culture)} sin registros de seguimiento.</li>\n");
        }

        body.Append("</ul>\n");
    }
}
