using Microsoft.Extensions.FileProviders;
using PermanenciaAnalytics.App.Web.Api;
using PermanenciaAnalytics.App.Web.Pages;

namespace PermanenciaAnalytics.App.Web;

public static class WebEndpointExtensions
{
    /// <summary>
    /// Adds security headers, the embedded <c>wwwroot</c> files, authentication and authorization middleware, then maps
    /// every page and API endpoint. Call it before mapping the Hangfire dashboard (whose filter reads the signed-in user).
    /// <c>/health</c> belongs to the host.
    /// </summary>
    public static void MapPermanenciaWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        SqlStatementHeaders.UseIfEnabled(app);
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            // Everything is served by the app itself: no CDN, no inline script.
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
            await next(context).ConfigureAwait(false);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(WebEndpointExtensions).Assembly, "PermanenciaAnalytics.App.wwwroot"),
        });
        app.UseAuthentication();
        app.UseAuthorization();

        LoginEndpoints.Map(app);
        DashboardPage.Map(app);
        InstitutionPage.Map(app);
        GradeStudentsPage.Map(app);
        OutreachPage.Map(app);
        UploadsPage.Map(app);
        UsersPage.Map(app);
        AuditPage.Map(app);
        PublicationsPage.Map(app);
        PlanPage.Map(app);
        ApiEndpoints.Map(app);
    }
}
