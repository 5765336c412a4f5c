using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components.Support;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Plans;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// Records a month of the plan's follow-up (docs/plan-matching.md) from the form of <see cref="PlanFollowUpSection"/> —
/// students at risk, contacted, re-enrolled, strategies carried out, notes. Counts only; a later upload of the plan
/// workbook keeps these records (its follow-up sheet fills only the months not recorded here).
/// </summary>
internal static class PlanFollowUpForm
{
    public static void Map(WebApplication app) =>
        app.MapPost("/instituciones/{dane}/plan/seguimiento", Record).RequirePage(Capability.PlanUpload);

    private static async Task<IResult> Record(HttpContext context, string dane, string? anio, SchoolYears years, IAntiforgery antiforgery,
        DatabaseTarget database, AuditLog audit)
    {
        var year = years.Resolve(anio);
        var back = $"/instituciones/{Html.Url(dane)}/plan?anio={Html.Year(year)}";
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            // Like every other form: a stale or forged post is a 400, with the way back to a fresh form.
            return View.Of<PlanFollowUpExpiredView>(new Dictionary<string, object?> { ["Back"] = back }, StatusCodes.Status400BadRequest);
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

    private static bool TryCount(string? text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
