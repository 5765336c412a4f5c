using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PermanenciaAnalytics.App.Web.Components;

/// <summary>
/// A page answer: a Razor component rendered on the server (static SSR). Components encode every value they print, so no
/// page depends on remembering to escape.
/// </summary>
internal static class View
{
    public static IResult Of<TComponent>(object? parameters = null, int statusCode = StatusCodes.Status200OK)
        where TComponent : IComponent =>
        new RazorComponentResult<TComponent>(parameters ?? new Dictionary<string, object?>())
        {
            StatusCode = statusCode,
            ContentType = "text/html; charset=utf-8",
        };
}
