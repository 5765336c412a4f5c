namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>
/// Security headers on every response (pages, API, static files, errors, the Hangfire dashboard). The pages use no
/// inline script or style (all in <c>/site.css</c>), so the policy allows only this site's own files. Two places differ:
/// the Hangfire dashboard writes inline <c>style=</c> attributes (its scripts stay 'self'), and a published
/// <c>index.html</c> carries its own inline stylesheet, allowed by hash (see <c>PublicationsPage</c>).
/// </summary>
internal static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string DashboardPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>A self-contained publication page: its inline stylesheet by hash, its charts as data: images, no script at all.</summary>
    public static string PublicationPolicy(IEnumerable<string> styleHashes) =>
        "default-src 'none'; script-src 'none'; style-src " + string.Join(' ', styleHashes.Select(h => $"'sha256-{h}'").DefaultIfEmpty("'none'")) +
        "; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void UseSecurityHeaders(this WebApplication app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase)
            ? DashboardPolicy
            : PagePolicy;
        await next(context).ConfigureAwait(false);
    });
}
