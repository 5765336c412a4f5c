using System.Text;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Publishing;
using PermanenciaAnalytics.Reports.Quality;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// The dashboard's plan column and summary (on time / late / missing against the 14 August deadline) and its
/// data-quality warnings. Counts only: nothing here names a student.
/// </summary>
internal static class DashboardPlanAndQuality
{
    public static IReadOnlyDictionary<string, PlanSubmissionStatus> PlanStatuses(IPublicationLookups lookups, int year, IEnumerable<string> institutions)
    {
        var plans = lookups.Plans(year);
        var deadline = PlanSubmission.DefaultDeadline(year);
        return institutions.Distinct(StringComparer.Ordinal).ToDictionary(
            dane => dane,
            dane => PlanSubmission.StatusOf(plans.TryGetValue(dane, out var plan) ? plan.SubmittedOn : null, deadline),
            StringComparer.Ordinal);
    }

    public static void AppendPlanSummary(StringBuilder html, int year, IReadOnlyDictionary<string, PlanSubmissionStatus> statuses)
    {
        int Count(PlanSubmissionStatus s) => statuses.Values.Count(v => v == s);
        html.Append("<p>Planes de permanencia ").Append(Html.Year(year)).Append(" (fecha límite ")
            .Append(PlanSubmission.DefaultDeadline(year).ToString("dd/MM/yyyy", Html.Colombia)).Append("): ")
            .Append(Html.Count(Count(PlanSubmissionStatus.OnTime))).Append(" a tiempo, ")
            .Append(Html.Count(Count(PlanSubmissionStatus.Late))).Append(" tarde, ")
            .Append(Html.Count(Count(PlanSubmissionStatus.Missing))).Append(" sin plan.</p>\n");
    }

    public static string PlanCell(IReadOnlyDictionary<string, PlanSubmissionStatus> statuses, string? dane) =>
        "<td>" + Html.E(PlanSubmission.Label(dane is not null && statuses.TryGetValue(dane, out var s) ? s : PlanSubmissionStatus.Missing)) + "</td>";

    public static void AppendQuality(StringBuilder html, IReadOnlyList<QualityFinding> findings, int year)
    {
        html.Append("<section aria-labelledby=\"calidad\"><h2 id=\"calidad\">Calidad de los datos</h2>\n");
        if (findings.Count == 0)
        {
            html.Append("<p>Sin alertas de calidad para ").Append(Html.Year(year)).Append(".</p></section>\n");
            return;
        }

        html.Append("<div class=\"scroll\"><table>\n<caption>Alertas de calidad de los extractos SIMAT, ").Append(Html.Year(year))
            .Append("</caption>\n<thead><tr><th scope=\"col\">Alerta</th><th scope=\"col\" class=\"num\">Hallazgos</th><th scope=\"col\" class=\"num\">Estudiantes</th></tr></thead><tbody>\n");
        foreach (var check in findings.GroupBy(f => f.Check).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.E(CheckLabel(check.Key))).Append("</th><td class=\"num\">")
                .Append(Html.Count(check.Count())).Append("</td><td class=\"num\">").Append(Html.Count(check.Sum(f => f.Students))).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div><p>Detalle: <code>permanencia quality --year ").Append(Html.Year(year)).Append("</code>.</p></section>\n");
    }

    private static string CheckLabel(string check) => check switch
    {
        QualityReport.Duplicates => "Estudiantes con filas duplicadas en un corte",
        QualityReport.TwoInstitutions => "Estudiantes en dos instituciones en un corte",
        QualityReport.GradeJumps => "Saltos de más de un grado",
        QualityReport.EnrollmentDrops => "Caídas de matrícula de más del 10 % entre cortes",
        QualityReport.MissingInstitutions => "Instituciones ausentes de un corte",
        _ => check,
    };
}
