using System.Text;
using PermanenciaAnalytics.App.Jobs;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// The dashboard's section with the latest run of the plan-deadline job (issue 11: its result reached only the log).
/// Counts only; the DANE codes are in the notification and in <c>plan_deadline_run</c>.
/// </summary>
internal static class DashboardPlanDeadlineSection
{
    public static void Append(StringBuilder html, IReadOnlyList<PlanDeadlineRun> latest)
    {
        html.Append("<section aria-labelledby=\"plazo-planes\"><h2 id=\"plazo-planes\">Revisión de plazos de planes</h2>\n");
        if (latest.Count == 0)
        {
            html.Append("<p>La revisión automática de plazos de planes aún no se ha ejecutado.</p></section>\n");
            return;
        }

        var run = latest[0];
        html.Append("<p id=\"plazo-planes-resultado\">Última revisión: ").Append(Html.DateTime(run.RunAt)).Append(", año lectivo ")
            .Append(Html.Year(run.Year)).Append(" (fecha límite ").Append(Html.Date(DateOnly.FromDateTime(run.Deadline))).Append("): ");
        if (run.Checked)
        {
            html.Append(Html.Count(run.MissingCount)).Append(" sin plan, ").Append(Html.Count(run.LateCount)).Append(" tardíos.</p>\n");
        }
        else
        {
            html.Append("no se revisó porque la base de datos aún no tiene planes.</p>\n");
        }

        html.Append("</section>\n");
    }
}
