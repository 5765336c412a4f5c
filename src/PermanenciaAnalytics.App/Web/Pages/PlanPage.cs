using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components.Support;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Configuration;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Exports;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Time;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Plans;

using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// An institution's Plan Institucional de Permanencia: its submission status and parts, and the upload of the filled
/// template (XLSX) by the institution's rector or cobertura; the secretaría reads the same page without the forms. The loader refuses a plan of another institution, so a
/// rector cannot file for a school that is not theirs even with a crafted workbook.
/// </summary>
internal static class PlanPage
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/instituciones/{dane}/plan", (HttpContext context, string dane, string? anio, SchoolYears years, IPublicationLookups lookups,
                DatabaseTarget database, TimeProvider clock) =>
            Render(context, dane, years.Resolve(anio), lookups, database, clock, null, [], StatusCodes.Status200OK)).RequirePage(Capability.PlanView);
        app.MapGet("/instituciones/{dane}/plan/plantilla.xlsx", Template).RequirePage(Capability.PlanView);
        app.MapGet("/instituciones/{dane}/plan/seguimiento.{formato}", (HttpContext context, string dane, string formato, string? anio, SchoolYears years,
                IPublicationLookups lookups, AuditLog audit) =>
            {
                var year = years.Resolve(anio);
                lookups.Plans(year).TryGetValue(dane, out var plan);
                return ExportResults.File(context, audit, PlanTables.FollowUps(year, plan), formato, dane, year);
            }).RequirePage(Capability.PlanView);
        app.MapPost("/instituciones/{dane}/plan", Upload).RequirePage(Capability.PlanUpload).AllowUploadSize();
        PlanFollowUpForm.Map(app);
    }

    private static async Task<IResult> Upload(HttpContext context, string dane, string? anio, SchoolYears years, IAntiforgery antiforgery,
        DatabaseTarget database, IPublicationLookups lookups, IOptions<PermanenciaWebOptions> options, AuditLog audit, TimeProvider clock)
    {
        var year = years.Resolve(anio);
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Render(context, dane, year, lookups, database, clock, "Formulario vencido: recargue la página.", [], StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var file = form.Files["plan"];
        if (file is null || file.Length == 0 || file.Length > options.Value.MaxUploadBytes
            || !string.Equals(Path.GetExtension(file.FileName), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return Render(context, dane, year, lookups, database, clock, "Seleccione el libro del plan (.xlsx) diligenciado a partir de la plantilla.", [], StatusCodes.Status400BadRequest);
        }

        var folder = Directory.CreateTempSubdirectory("permanencia-plan-");
        try
        {
            var path = Path.Combine(folder.FullName, "plan_" + dane + ".xlsx");
            var target = File.Create(path);
            await using (target.ConfigureAwait(false))
            {
                await file.CopyToAsync(target, context.RequestAborted).ConfigureAwait(false);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var result = PlanLoader.Load(database, [path], DateOnly.FromDateTime(now), now, requiredInstitution: dane).Single();
            WebAudit.Write(context, audit, "cargar_plan", dane, year, result.Loaded ? "cargado" : result.Duplicate ? "duplicado" : "rechazado");
            if (!result.Loaded && !result.Duplicate)
            {
                return Render(context, dane, year, lookups, database, clock, "El plan no se cargó; corrija estos errores y vuelva a subirlo:", result.Errors, StatusCodes.Status400BadRequest);
            }

            return Results.Redirect($"/instituciones/{Html.Url(dane)}/plan?anio={Html.Year(year)}&{(result.Duplicate ? "duplicado" : "cargado")}=1");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // The month the follow-up form is pre-filled for: the one asked for (?mes=), else this month in Bogotá when the page
    // shows the current year, else the year's last month.
    private static int FillMonth(string? asked, int year, TimeProvider clock)
    {
        if (int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            return month;
        }

        var today = BogotaTime.FromUtc(clock.GetUtcNow().UtcDateTime);
        return today.Year == year ? today.Month : 12;
    }

    // The same workbook as `plan template`, so a rector never needs the CLI to get it.
    private static IResult Template(string dane) =>
        Results.File(PlanTemplateWriter.WorkbookBytes(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"plan_permanencia_{dane}.xlsx");

    // The year's plans come from the per-data-version cache the institution page uses: reading all of them (eight
    // queries over every institution's plan) to show one made this page 10× slower at 10× the city.
    private static IResult Render(HttpContext context, string dane, int year, IPublicationLookups lookups, DatabaseTarget database, TimeProvider clock,
        string? error, IReadOnlyList<PlanCellError> errors, int status)
    {
        lookups.Plans(year).TryGetValue(dane, out var plan);
        var query = context.Request.Query;
        return View.Of<PlanView>(new Dictionary<string, object?>
        {
            ["Dane"] = dane,
            ["Year"] = year,
            ["Plan"] = plan,
            ["CanUpload"] = AccessPolicy.Allows(context.User, Capability.PlanUpload, dane),
            // Read live, not from the plan cache: a recorded contact does not bump the data version.
            ["CaseMonths"] = plan is null ? Array.Empty<CaseMonthCount>() : CaseMonthCount.Read(database, year, dane),
            ["FillMonth"] = FillMonth(query["mes"], year, clock),
            ["Error"] = error,
            ["Errors"] = errors,
            ["Confirmation"] = query.ContainsKey("cargado") ? "Plan cargado."
                : query.ContainsKey("duplicado") ? "Ese archivo ya estaba cargado; no cambió nada."
                : query.ContainsKey("seguimiento") ? "Seguimiento registrado."
                : null,
            ["Problem"] = query["error"].ToString() switch
            {
                { Length: 0 } => null,
                "sinplan" => "Primero cargue el plan: el seguimiento se registra sobre el plan del año.",
                "datos" => "Revise el mes y las cantidades (números enteros, cero o más).",
                _ => "Formulario vencido: recargue la página.",
            },
        }, status);
    }
}
