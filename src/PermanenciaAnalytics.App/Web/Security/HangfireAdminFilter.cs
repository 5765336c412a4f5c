using Hangfire.Dashboard;

namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>Hangfire dashboard authorization: only a signed-in <c>admin</c>, no local-request bypass.</summary>
public sealed class HangfireAdminFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AccessPolicy.Allows(context.GetHttpContext().User, Capability.Operate);
    }
}
