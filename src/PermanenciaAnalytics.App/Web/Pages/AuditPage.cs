using System.Globalization;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Security;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// Audit log (admin): who viewed or exported student-level data, and every export, newest first, filtered by user,
/// action, institution and Bogotá dates.
/// </summary>
internal static class AuditPage
{
    public const int Shown = 500;

    public static void Map(WebApplication app) => app.MapGet("/auditoria", Render).RequirePage(Capability.Operate);

    private static IResult Render(string? usuario, string? accion, string? institucion, string? desde, string? hasta, AuditLog audit)
    {
        var filter = new AuditFilter(Text(usuario), Text(accion), Text(institucion), Day(desde), Day(hasta));
        var invalidDate = (Text(desde) is not null && filter.From is null) || (Text(hasta) is not null && filter.To is null);
        return View.Of<AuditView>(new
        {
            Filter = filter,
            Entries = audit.Search(filter, Shown),
            Problem = invalidDate ? "Una de las fechas no es válida; se omitió en el filtro (use el selector de fecha o AAAA-MM-DD)." : null,
        });
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // <input type="date"> sends yyyy-MM-dd whatever the browser's language.
    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
