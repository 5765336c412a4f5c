using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>Uploads (cobertura): saves SIMAT/SIMPADE/plan files into the inbox; lists inbox files and load summaries.</summary>
internal static class UploadsPage
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/cargas", (HttpContext context, IOptions<PermanenciaWebOptions> options, LoadLedgerReader ledger) =>
            Render(context, options.Value, ledger, null, StatusCodes.Status200OK)).RequirePage(Capability.Upload);
        app.MapPost("/cargas", Upload).RequirePage(Capability.Upload);
    }

    private static async Task<IResult> Upload(HttpContext context, IAntiforgery antiforgery, IOptions<PermanenciaWebOptions> options,
        LoadLedgerReader ledger, AuditLog audit, TimeProvider clock, ILoggerFactory loggers)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Render(context, options.Value, ledger, "Formulario vencido: recargue la página.", StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var file = form.Files["archivo"];
        if (file is null || file.Length == 0)
        {
            return Render(context, options.Value, ledger, "Seleccione un archivo no vacío.", StatusCodes.Status400BadRequest);
        }

        if (file.Length > options.Value.MaxUploadBytes)
        {
            return Render(context, options.Value, ledger, "El archivo supera el tamaño máximo permitido.", StatusCodes.Status400BadRequest);
        }

        string saved;
        try
        {
            var content = file.OpenReadStream();
            await using (content.ConfigureAwait(false))
            {
                saved = await new InboxFolder(options.Value.InboxFolder)
                    .SaveAsync(file.FileName, content, clock.GetUtcNow().UtcDateTime, context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (ArgumentException ex)
        {
            return Render(context, options.Value, ledger, ex.Message.Split(" (Parameter", StringSplitOptions.None)[0], StatusCodes.Status400BadRequest);
        }

        // File names of extracts carry cut dates and kinds, not personal data.
        loggers.CreateLogger("PermanenciaAnalytics.Web.Uploads").LogInformation("Upload saved to inbox as {File} ({Bytes} bytes)", saved, file.Length);
        WebAudit.Write(context, audit, "cargar_archivo", null, null, saved);
        return Results.Redirect("/cargas?guardado=" + Html.Url(saved));
    }

    private static IResult Render(HttpContext context, PermanenciaWebOptions options, LoadLedgerReader ledger, string? error, int status)
    {
        var html = new StringBuilder();
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(Html.E(error)).Append("</p>\n");
        }
        else if (context.Request.Query["guardado"].ToString() is { Length: > 0 } saved)
        {
            html.Append("<p class=\"ok\" role=\"status\">Archivo recibido como <strong>").Append(Html.E(saved))
                .Append("</strong>; la tarea de importación lo procesará en breve.</p>\n");
        }

        html.Append("<form class=\"upload\" method=\"post\" action=\"/cargas\" enctype=\"multipart/form-data\">").Append(Layout.Antiforgery(context))
            .Append("<p><label for=\"archivo\">Extracto SIMAT, SIMPADE o plan (CSV, TXT o XLSX)</label>")
            .Append("<input id=\"archivo\" name=\"archivo\" type=\"file\" accept=\".csv,.txt,.xlsx\" required></p>")
            .Append("<p><button type=\"submit\">Subir archivo</button></p></form>\n");

        html.Append("<section aria-labelledby=\"bandeja\"><h2 id=\"bandeja\">Bandeja de entrada</h2>\n<div class=\"scroll\"><table id=\"archivos\">\n<caption>Archivos recibidos</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Archivo</th><th scope=\"col\">Estado</th><th scope=\"col\" class=\"num\">Tamaño (KB)</th><th scope=\"col\">Fecha</th><th scope=\"col\">Motivo</th></tr></thead><tbody>\n");
        foreach (var file in new InboxFolder(options.InboxFolder).List())
        {
            html.Append("<tr><td>").Append(Html.E(file.Name)).Append("</td><td>").Append(Html.E(file.State)).Append("</td><td class=\"num\">")
                .Append(Html.Count((file.Bytes + 1023) / 1024)).Append("</td><td>").Append(Html.DateTime(file.LastWriteUtc)).Append("</td><td>")
                .Append(Html.E(file.Reason)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div></section>\n");
        html.Append("<section aria-labelledby=\"cargas\"><h2 id=\"cargas\">Resumen de cargas</h2>\n<div class=\"scroll\"><table>\n<caption>Últimas cargas registradas</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Archivo</th><th scope=\"col\">Tipo</th><th scope=\"col\">Estado</th><th scope=\"col\" class=\"num\">Leídas</th><th scope=\"col\" class=\"num\">Cargadas</th><th scope=\"col\" class=\"num\">Rechazadas</th><th scope=\"col\">Mensaje</th></tr></thead><tbody>\n");
        foreach (var load in ledger.Recent(50))
        {
            html.Append("<tr><td>").Append(Html.E(load.FileName)).Append("</td><td>").Append(Html.E(load.Kind)).Append("</td><td>").Append(Html.E(load.Status))
                .Append("</td><td class=\"num\">").Append(Html.Count(load.RowsRead)).Append("</td><td class=\"num\">").Append(Html.Count(load.RowsLoaded))
                .Append("</td><td class=\"num\">").Append(Html.Count(load.RowsRejected)).Append("</td><td>").Append(Html.E(load.Message)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div></section>\n");
        return Layout.Page(context, "Cargas de archivos", html.ToString(), status);
    }
}
