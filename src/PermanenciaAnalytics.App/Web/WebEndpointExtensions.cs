using Microsoft.Extensions.FileProviders;
using PermanenciaAnalytics.App.Web.Api;
using PermanenciaAnalytics.App.Web.Pages;
using PermanenciaAnalytics.App.Web.Security;

namespace PermanenciaAnalytics.App.Web;

public static class WebEndpointExtensions
{
    /// <summary>
    /// Adds forwarded-headers handling, security headers and HSTS, the embedded <c>wwwroot</c> files, authentication and authorization middleware, then maps
    /// every page and API endpoint. Call it before mapping the Hangfire dashboard (whose filter reads the signed-in user).
    /// <c>/health</c> belongs to the host.
    /// </summary>
    public static void MapPermanenciaWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        SqlStatementHeaders.UseIfEnabled(app);
        // First: the real client address and scheme (known proxies only), which HSTS, cookies and the rate limit read.
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseMalformedFormGuard();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(WebEndpointExtensions).Assembly, "PermanenciaAnalytics.App.wwwroot"),
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        LoginEndpoints.Map(app);
        DashboardPage.Map(app);
        InstitutionPage.Map(app);
        GradeStudentsPage.Map(app);
        OutreachPage.Map(app);
        RiskPage.Map(app);
        UploadsPage.Map(app);
        UsersPage.Map(app);
        AuditPage.Map(app);
        PublicationsPage.Map(app);
        PlanPage.Map(app);
        ApiEndpoints.Map(app);
        CaseworkApiEndpoints.Map(app);
        OpenApiDescription.Map(app);
    }
}
