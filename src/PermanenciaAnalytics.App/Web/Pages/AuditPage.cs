using System.Globalization;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Exports;
using PermanenciaAnalytics.App.Web.Security;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// Audit log (admin): who viewed or exported student-level data, and every export, newest first, filtered by user,
/// action, institution and Bogotá dates.
/// </summary>
internal static class AuditPage
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/auditoria", Render).RequirePage(Capability.Operate);
        app.MapGet("/auditoria.{formato}", (HttpContext context, string formato, string? usuario, string? accion, string? institucion, string? desde, string? hasta, AuditLog audit) =>
            ExportResults.File(context, audit, AuditTable.Of(audit.Search(FilterOf(usuario, accion, institucion, desde, hasta), AuditFilter.Shown)), formato, null, null))
            .RequirePage(Capability.Operate);
    }

    private static AuditFilter FilterOf(string? usuario, string? accion, string? institucion, string? desde, string? hasta) =>
        new(Text(usuario), Text(accion), Text(institucion), Day(desde), Day(hasta));

    private static IResult Render(string? usuario, string? accion, string? institucion, string? desde, string? hasta, AuditLog audit)
    {
        var filter = FilterOf(usuario, accion, institucion, desde, hasta);
        var invalidDate = (Text(desde) is not null && filter.From is null) || (Text(hasta) is not null && filter.To is null);
        return View.Of<AuditView>(new
        {
            Filter = filter,
            Entries = audit.Search(filter, AuditFilter.Shown),
            Problem = invalidDate ? "Una de las fechas no es válida; se omitió en el filtro (use el selector de fecha o AAAA-MM-DD)." : null,
        });
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // <input type="date"> sends yyyy-MM-dd whatever the browser's language.
    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
