using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using PermanenciaAnalytics.App.Web.Configuration;

namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>
/// Running behind a TLS-terminating proxy: <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are applied only for
/// loopback and <see cref="PermanenciaWebOptions.KnownProxies"/>, one hop. With the scheme restored the session and
/// antiforgery cookies are <c>Secure</c> (SameAsRequest) and HSTS is sent outside Development.
/// </summary>
internal static class ProxyAndTransportSecurity
{
    public static IServiceCollection AddProxyAndTransportSecurity(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<PermanenciaWebOptions>>((options, web) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            // The defaults already trust loopback (127.0.0.0/8 and ::1); add the configured proxies.
            foreach (var entry in web.Value.KnownProxies.Where(e => !string.IsNullOrWhiteSpace(e)))
            {
                var text = entry.Trim();
                if (text.Contains('/', StringComparison.Ordinal))
                {
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(text));
                }
                else
                {
                    options.KnownProxies.Add(IPAddress.Parse(text));
                }
            }
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = false;
        });
        return services;
    }
}
