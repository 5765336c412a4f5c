using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PermanenciaAnalytics.App.Web.Configuration;

namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>
/// Rate limit of the sign-in endpoints (<c>POST /login</c>, <c>POST /api/auth/token</c>): a fixed window of
/// <see cref="PermanenciaWebOptions.SignInAttemptsPerMinute"/> requests per client address per minute, with ASP.NET
/// Core's rate limiter. It bounds password guessing (and the audit rows it writes) from one address across every
/// name; the per-(name, address) lock of <c>AccountService</c> bounds guessing at one account. The address is the
/// connection's, after the forwarded-headers middleware has replaced it for a known proxy only.
/// </summary>
internal static class SignInRateLimit
{
    public const string Policy = "inicio-sesion";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<PermanenciaWebOptions>>((options, web) =>
        {
            var permits = Math.Max(1, web.Value.SignInAttemptsPerMinute);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
            options.OnRejected = async (rejected, token) =>
            {
                var http = rejected.HttpContext;
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : 60;
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInRateLimit))
                    .LogWarning("Sign-in rate limit reached for {ClientAddress} on {Path}", ClientAddress(http), http.Request.Path.Value);
                var message = $"Demasiados intentos de ingreso desde este equipo. Espere {seconds} segundos e intente de nuevo.";
                if (http.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
                {
                    await http.Response.WriteAsJsonAsync(new { error = message }, token).ConfigureAwait(false);
                }
                else
                {
                    http.Response.ContentType = "text/plain; charset=utf-8";
                    await http.Response.WriteAsync(message, token).ConfigureAwait(false);
                }
            };
        });
        return services;
    }

    /// <summary>The client address as text (IPv4-mapped IPv6 shown as IPv4), "desconocida" when the server has none.</summary>
    public static string ClientAddress(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "desconocida";
        }

        return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }
}
