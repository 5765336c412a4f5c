using System.Globalization;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Exports;
using PermanenciaAnalytics.App.Web.Security;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// One load (cobertura): the ledger summary, rejected rows and warnings counted by reason, the first
/// <see cref="FirstRows"/> of them and a CSV of all. Rejected values may hold document numbers, so viewing and
/// downloading them is audited (the audit detail holds the load id and counts, never a value).
/// </summary>
internal static class LoadSummaryPage
{
    public const int FirstRows = 200;

    public static void Map(WebApplication app)
    {
        app.MapGet("/cargas/{loadId:long}", Render).RequirePage(Capability.Upload);
        app.MapGet("/cargas/{loadId:long}/rechazos.csv", DownloadRejected).RequirePage(Capability.Upload);
        app.MapGet("/cargas/{loadId:long}/motivos.{formato}", (HttpContext context, long loadId, string formato, LoadDetailsReader loads, AuditLog audit) =>
            loads.Find(loadId) is { } load
                ? ExportResults.File(context, audit, LoadTables.Issues(loadId, loads.IssueCounts(loadId)), formato, null, (int?)load.SchoolYear)
                : NotFound(loadId)).RequirePage(Capability.Upload);
    }

    private static IResult Render(HttpContext context, long loadId, LoadDetailsReader loads, RejectedRowsReader rejected, AuditLog audit)
    {
        if (loads.Find(loadId) is not { } load)
        {
            return NotFound(loadId);
        }

        var rows = rejected.First(loadId, FirstRows);
        if (rows.Count > 0)
        {
            WebAudit.Write(context, audit, "ver_filas_rechazadas", null, (int?)load.SchoolYear,
                string.Create(CultureInfo.InvariantCulture, $"carga {loadId}, {rows.Count} filas mostradas"));
        }

        return View.Of<LoadSummaryView>(new
        {
            Load = load,
            IssueCounts = loads.IssueCounts(loadId),
            Rows = rows,
            JustUploaded = context.Request.Query.ContainsKey("subido"),
        });
    }

    private static IResult DownloadRejected(HttpContext context, long loadId, LoadDetailsReader loads, RejectedRowsReader rejected, AuditLog audit)
    {
        if (loads.Find(loadId) is not { } load)
        {
            return NotFound(loadId);
        }

        WebAudit.Write(context, audit, "descargar_filas_rechazadas", null, (int?)load.SchoolYear,
            string.Create(CultureInfo.InvariantCulture, $"carga {loadId}, {load.RowsRejected} rechazadas, {load.Warnings} advertencias"));
        var token = context.RequestAborted;
        return Results.Stream(async output => await rejected.WriteCsvAsync(loadId, output, token).ConfigureAwait(false),
            "text/csv; charset=utf-8", string.Create(CultureInfo.InvariantCulture, $"rechazos-carga-{loadId}.csv"));
    }

    private static IResult NotFound(long loadId) =>
        View.Of<LoadNotFoundView>(new { LoadId = loadId }, StatusCodes.Status404NotFound);
}
