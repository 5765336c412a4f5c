using Microsoft.AspNetCore.Antiforgery;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Components.Layout;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>Pages whose body is still markup built in C#: they render inside the one Razor shell (<see cref="PageShell"/>).</summary>
internal static class Layout
{
    /// <summary>A full page in the one shell; with <c>refreshSeconds</c> the browser reloads it after that many seconds (no script needed).</summary>
    public static IResult Page(HttpContext context, string title, string body, int statusCode = StatusCodes.Status200OK, int? refreshSeconds = null) =>
        View.Of<MarkupPage>(new Dictionary<string, object?> { ["Title"] = title, ["Body"] = body, ["RefreshSeconds"] = refreshSeconds }, statusCode);

    /// <summary>A hidden antiforgery field for a form of this request.</summary>
    public static string Antiforgery(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{Html.Attr(tokens.FormFieldName)}\" value=\"{Html.Attr(tokens.RequestToken)}\">";
    }
}
