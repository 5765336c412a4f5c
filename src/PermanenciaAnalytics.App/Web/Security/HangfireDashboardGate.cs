
namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>
/// In front of Hangfire's dashboard, which answers a refused caller with a bare status code: an anonymous visitor is
/// sent to the login page (and back), a signed-in non-admin gets the Spanish 403 page and an audit entry, as every
/// other page does. <see cref="HangfireAdminFilter"/> still guards the dashboard behind it.
/// </summary>
internal static class HangfireDashboardGate
{
    public static void UseHangfireDashboardGate(this WebApplication app, string path)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(path), branch => branch.Use(async (http, next) =>
        {
            switch (AccessPolicy.Decide(http.User, Capability.Operate, null))
            {
                case AccessDecision.Allowed:
                    await next(http).ConfigureAwait(false);
                    return;
                case AccessDecision.NotSignedIn:
                    await Results.Redirect("/login?returnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString))
                        .ExecuteAsync(http).ConfigureAwait(false);
                    return;
                default:
                    AccessFilter.AuditDenied(http, Capability.Operate, null);
                    await http.RequestServices.GetRequiredService<IForbiddenPage>().Result(http).ExecuteAsync(http).ConfigureAwait(false);
                    return;
            }
        }));
    }
}
