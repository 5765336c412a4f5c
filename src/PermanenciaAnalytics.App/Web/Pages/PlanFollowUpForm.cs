using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Plans;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// The plan's monthly follow-up (docs/plan-matching.md): the history table and the form where the rector records a month —
/// students at risk, contacted, re-enrolled, strategies carried out, notes. Counts only; a later upload of the plan
/// workbook keeps these records (its follow-up sheet fills only the months not recorded here).
/// </summary>
internal static class PlanFollowUpForm
{
    public static void Map(WebApplication app) =>
        app.MapPost("/instituciones/{dane}/plan/seguimiento", Record).RequirePage(Capability.PlanUpload);

    public static void Append(StringBuilder html, HttpContext context, string dane, int year, InstitutionPlan plan)
    {
        html.Append("<section aria-labelledby=\"seguimiento\"><h2 id=\"seguimiento\">Seguimiento mensual</h2>\n");
        AppendHistory(html, year, plan);
        html.Append("<form method=\"post\" action=\"/instituciones/").Append(Html.Url(dane)).Append("/plan/seguimiento?anio=").Append(Html.Year(year)).Append("\">")
            .Append(Layout.Antiforgery(context))
            .Append("<p><label for=\"mes\">Mes</label><select id=\"mes\" name=\"mes\">");
        for (var month = 1; month <= 12; month++)
        {
            html.Append("<option value=\"").Append(month).Append("\">").Append(Html.E(SpanishMonths.Name(month))).Append("</option>");
        }

        html.Append("</select></p>")
            .Append(NumberField("riesgo", "Estudiantes identificados en riesgo"))
            .Append(NumberField("contactados", "Contactados"))
            .Append(NumberField("reintegrados", "Reintegrados"))
            .Append("<p><label for=\"estrategias\">Estrategias realizadas (separadas por comas)</label><input id=\"estrategias\" name=\"estrategias\" maxlength=\"500\"></p>")
            .Append("<p><label for=\"notas\">Notas (sin nombres ni documentos)</label><textarea id=\"notas\" name=\"notas\" maxlength=\"1000\"></textarea></p>")
            .Append("<p><button type=\"submit\">Registrar seguimiento</button></p></form></section>\n");
    }

    /// <summary>The follow-up records by month (also shown on the institution page); nothing when there are none.</summary>
    public static void AppendHistory(StringBuilder html, int year, InstitutionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.FollowUps.Count > 0)
        {
            html.Append("<div class=\"scroll\"><table>\n<caption>Seguimientos registrados, ").Append(Html.Year(year))
                .Append("</caption>\n<thead><tr><th scope=\"col\">Mes</th><th scope=\"col\" class=\"num\">En riesgo</th><th scope=\"col\" class=\"num\">Contactados</th>")
                .Append("<th scope=\"col\" class=\"num\">Reintegrados</th><th scope=\"col\">Estrategias realizadas</th><th scope=\"col\">Notas</th></tr></thead><tbody>\n");
            foreach (var f in plan.FollowUps.OrderBy(f => f.Month))
            {
                html.Append("<tr><th scope=\"row\">").Append(Html.E(SpanishMonths.Name(f.Month))).Append("</th><td class=\"num\">")
                    .Append(Html.Count(f.StudentsAtRisk)).Append("</td><td class=\"num\">").Append(Html.Count(f.Contacted)).Append("</td><td class=\"num\">")
                    .Append(Html.Count(f.ReEnrolled)).Append("</td><td>").Append(Html.E(string.Join(", ", f.StrategiesCarriedOut))).Append("</td><td>")
                    .Append(Html.E(f.Notes)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table></div>\n");
        }
    }

    private static async Task<IResult> Record(HttpContext context, string dane, string? anio, SchoolYears years, IAntiforgery antiforgery,
        DatabaseTarget database, AuditLog audit)
    {
        var year = years.Resolve(anio);
        var back = $"/instituciones/{Html.Url(dane)}/plan?anio={Html.Year(year)}";
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            // Like every other form: a stale or forged post is a 400, with the way back to a fresh form.
            return Layout.Page(context, "Seguimiento del plan", $"<p class=\"error\" role=\"alert\">Formulario vencido: <a href=\"{back}\">recargue la página del plan</a>.</p>\n",
                StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (!TryCount(form["mes"], out var month) || month is < 1 or > 12
            || !TryCount(form["riesgo"], out var atRisk) || !TryCount(form["contactados"], out var contacted) || !TryCount(form["reintegrados"], out var reEnrolled))
        {
            return Results.Redirect(back + "&error=datos");
        }

        var strategies = form["estrategias"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var notes = form["notas"].ToString().Trim();
        var recorded = PlanRepository.RecordFollowUp(database, dane, year,
            new PlanFollowUp(month, atRisk, contacted, reEnrolled, strategies, notes.Length == 0 ? null : notes));
        WebAudit.Write(context, audit, "registrar_seguimiento", dane, year, recorded ? SpanishMonths.Name(month) : "sin plan");
        return Results.Redirect(back + (recorded ? "&seguimiento=1" : "&error=sinplan"));
    }

    private static string NumberField(string name, string label) =>
        $"<p><label for=\"{name}\">{Html.E(label)}</label><input id=\"{name}\" name=\"{name}\" type=\"number\" min=\"0\" step=\"1\" required></p>";

    private static bool TryCount(string? text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
