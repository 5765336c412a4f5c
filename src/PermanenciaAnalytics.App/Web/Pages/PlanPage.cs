using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Plans;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// An institution's Plan Institucional de Permanencia: its submission status and parts, and the upload of the filled
/// template (XLSX) by the institution's rector or cobertura. The loader refuses a plan of another institution, so a
/// rector cannot file for a school that is not theirs even with a crafted workbook.
/// </summary>
internal static class PlanPage
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/instituciones/{dane}/plan", (HttpContext context, string dane, string? anio, SchoolYears years, DatabaseTarget database) =>
            Render(context, dane, years.Resolve(anio), database, null, [], StatusCodes.Status200OK)).RequirePage(Capability.PlanUpload);
        app.MapPost("/instituciones/{dane}/plan", Upload).RequirePage(Capability.PlanUpload).AllowUploadSize();
        PlanFollowUpForm.Map(app);
    }

    private static async Task<IResult> Upload(HttpContext context, string dane, string? anio, SchoolYears years, IAntiforgery antiforgery,
        DatabaseTarget database, IOptions<PermanenciaWebOptions> options, AuditLog audit, TimeProvider clock)
    {
        var year = years.Resolve(anio);
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Render(context, dane, year, database, "Formulario vencido: recargue la página.", [], StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var file = form.Files["plan"];
        if (file is null || file.Length == 0 || file.Length > options.Value.MaxUploadBytes
            || !string.Equals(Path.GetExtension(file.FileName), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return Render(context, dane, year, database, "Seleccione el libro del plan (.xlsx) diligenciado a partir de la plantilla.", [], StatusCodes.Status400BadRequest);
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
                return Render(context, dane, year, database, "El plan no se cargó; corrija estos errores y vuelva a subirlo:", result.Errors, StatusCodes.Status400BadRequest);
            }

            return Results.Redirect($"/instituciones/{Html.Url(dane)}/plan?anio={Html.Year(year)}&{(result.Duplicate ? "duplicado" : "cargado")}=1");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static IResult Render(HttpContext context, string dane, int year, DatabaseTarget database, string? error, IReadOnlyList<PlanCellError> errors, int status)
    {
        var html = new StringBuilder();
        if (error is not null)
        {
            html.Append("<div class=\"error\" role=\"alert\"><p>").Append(Html.E(error)).Append("</p>");
            if (errors.Count > 0)
            {
                html.Append("<ul>");
                foreach (var cell in errors.Take(50))
                {
                    html.Append("<li>").Append(Html.E(cell.ToString())).Append("</li>");
                }

                html.Append("</ul>");
            }

            html.Append("</div>\n");
        }
        else if (context.Request.Query.ContainsKey("cargado"))
        {
            html.Append("<p class=\"ok\" role=\"status\">Plan cargado.</p>\n");
        }
        else if (context.Request.Query.ContainsKey("duplicado"))
        {
            html.Append("<p class=\"ok\" role=\"status\">Ese archivo ya estaba cargado; no cambió nada.</p>\n");
        }
        else if (context.Request.Query.ContainsKey("seguimiento"))
        {
            html.Append("<p class=\"ok\" role=\"status\">Seguimiento registrado.</p>\n");
        }
        else if (context.Request.Query["error"].ToString() is { Length: > 0 } problem)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(problem switch
            {
                "sinplan" => "Primero cargue el plan: el seguimiento se registra sobre el plan del año.",
                "datos" => "Revise el mes y las cantidades (números enteros, cero o más).",
                _ => "Formulario vencido: recargue la página.",
            }).Append("</p>\n");
        }

        PlanRepository.LoadYear(database, year).TryGetValue(dane, out var plan);
        var submission = PlanSubmission.StatusOf(plan?.SubmittedOn, PlanSubmission.DefaultDeadline(year));
        html.Append("<p class=\"lead\">Plan ").Append(Html.Year(year)).Append(": <strong>").Append(Html.E(PlanSubmission.Label(submission))).Append("</strong>");
        if (plan is not null)
        {
            html.Append(" (radicado el ").Append(Html.Date(plan.SubmittedOn))
                .Append(plan.DeclaredOn is { } declared && declared != plan.SubmittedOn ? "; fecha declarada " + Html.Date(declared) : string.Empty).Append("): ")
                .Append(Html.Count(plan.RiskFactors.Count)).Append(" factores de riesgo, ")
                .Append(Html.Count(plan.Strategies.Count)).Append(" estrategias, ")
                .Append(Html.Count(plan.Targets.Count)).Append(" metas, ")
                .Append(Html.Count(plan.FollowUps.Count)).Append(" seguimientos mensuales");
        }

        html.Append(".</p>\n<form class=\"upload\" method=\"post\" action=\"/instituciones/").Append(Html.Url(dane)).Append("/plan?anio=").Append(Html.Year(year))
            .Append("\" enctype=\"multipart/form-data\">").Append(Layout.Antiforgery(context))
            .Append("<p><label for=\"plan\">Plan diligenciado (libro XLSX de la plantilla; los seguimientos mensuales van en su hoja)</label>")
            .Append("<input id=\"plan\" name=\"plan\" type=\"file\" accept=\".xlsx\" required></p>")
            .Append("<p><button type=\"submit\">Cargar plan</button></p></form>\n")
            .Append("<p>La plantilla se obtiene con <code>permanencia plan template --out carpeta</code> o la entrega el líder de cobertura.</p>\n");
        if (plan is not null)
        {
            PlanFollowUpForm.Append(html, context, dane, year, plan);
        }

        return Layout.Page(context, "Plan de permanencia escolar", html.ToString(), status);
    }
}
