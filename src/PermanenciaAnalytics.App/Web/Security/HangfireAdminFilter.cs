using Hangfire.Dashboard;

namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>Hangfire dashboard authorization: only a signed-in <c>admin</c>, no local-request bypass; a signed-in non-admin's attempt is audited.</summary>
public sealed class HangfireAdminFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.GetHttpContext();
        var decision = AccessPolicy.Decide(http.User, Capability.Operate, null);
        if (decision == AccessDecision.Forbidden)
        {
            AccessFilter.AuditDenied(http, Capability.Operate, null);
        }

        return decision == AccessDecision.Allowed;
    }
}
