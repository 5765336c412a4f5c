using System.Net;
using Hangfire.Dashboard;

namespace PermanenciaAnalytics.App.Hosting;

/// <summary>
/// Lets only requests from this machine into the Hangfire dashboard. The web issue replaces it (through
/// <see cref="ServeOptions.DashboardAuthorization"/>) with an admin-role filter.
/// </summary>
public sealed class LoopbackOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var remote = context.Request.RemoteIpAddress;
        return !string.IsNullOrEmpty(remote) && IPAddress.TryParse(remote, out var address) && IPAddress.IsLoopback(address);
    }
}
