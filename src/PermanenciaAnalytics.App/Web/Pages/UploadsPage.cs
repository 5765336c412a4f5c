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

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// Uploads (cobertura): saves SIMAT/SIMPADE files into the inbox the Hangfire import job watches, then follows that
/// file (a self-refreshing notice while it waits, its load page once the ledger has it); lists inbox files and loads.
/// </summary>
internal static class UploadsPage
{
    private const int RecentLoads = 50;

    public static void Map(WebApplication app)
    {
        app.MapGet("/cargas", (HttpContext context, IOptions<PermanenciaWebOptions> options, LoadLedgerReader ledger, LoadDetailsReader loads) =>
            Render(context, options.Value, ledger, loads, null, StatusCodes.Status200OK)).RequirePage(Capability.Upload);
        app.MapPost("/cargas", Upload).RequirePage(Capability.Upload).AllowUploadSize();
        app.MapGet("/cargas.{formato}", (HttpContext context, string formato, LoadLedgerReader ledger, AuditLog audit) =>
            ExportResults.File(context, audit, LoadTables.Recent(ledger.Recent(RecentLoads)), formato, null, null)).RequirePage(Capability.Upload);
        app.MapGet("/cargas/bandeja.{formato}", (HttpContext context, string formato, IOptions<PermanenciaWebOptions> options, AuditLog audit) =>
            ExportResults.File(context, audit, LoadTables.Inbox(new InboxFolder(options.Value.InboxFolder).List()), formato, null, null)).RequirePage(Capability.Upload);
        LoadSummaryPage.Map(app);
    }

    private static async Task<IResult> Upload(HttpContext context, IAntiforgery antiforgery, IOptions<PermanenciaWebOptions> options,
        LoadLedgerReader ledger, LoadDetailsReader loads, AuditLog audit, TimeProvider clock, ILoggerFactory loggers)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Render(context, options.Value, ledger, loads, "Formulario vencido: recargue la página.", StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var file = form.Files["archivo"];
        if (file is null || file.Length == 0)
        {
            return Render(context, options.Value, ledger, loads, "Seleccione un archivo no vacío.", StatusCodes.Status400BadRequest);
        }

        if (file.Length > options.Value.MaxUploadBytes)
        {
            return Render(context, options.Value, ledger, loads, "El archivo supera el tamaño máximo permitido.", StatusCodes.Status413PayloadTooLarge);
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
            return Render(context, options.Value, ledger, loads, ex.Message.Split(" (Parameter", StringSplitOptions.None)[0], StatusCodes.Status400BadRequest);
        }

        // File names of extracts carry cut dates and kinds, not personal data.
        loggers.CreateLogger("PermanenciaAnalytics.Web.Uploads").LogInformation("Upload saved to inbox as {File} ({Bytes} bytes)", saved, file.Length);
        WebAudit.Write(context, audit, "cargar_archivo", null, null, saved);
        return Results.Redirect("/cargas?guardado=" + Html.Url(saved));
    }

    private static IResult Render(HttpContext context, PermanenciaWebOptions options, LoadLedgerReader ledger, LoadDetailsReader loads, string? error, int status)
    {
        UploadNotice? notice = null;
        if (error is null && context.Request.Query["guardado"].ToString() is { Length: > 0 } saved)
        {
            // Once the import job has recorded the file, its summary is the answer to "what happened to my upload".
            if (loads.LatestLoadOf(saved) is { } loadId)
            {
                return Results.Redirect("/cargas/" + loadId.ToString(CultureInfo.InvariantCulture) + "?subido=1");
            }

            notice = UploadNotice.For(saved, new InboxFolder(options.InboxFolder).Find(saved));
        }

        return View.Of<UploadsView>(new
        {
            Error = error,
            Notice = notice,
            Inbox = new InboxFolder(options.InboxFolder).List(),
            LoadOfFile = loads.LatestLoadPerFile(),
            Loads = ledger.Recent(RecentLoads),
        }, status);
    }
}
