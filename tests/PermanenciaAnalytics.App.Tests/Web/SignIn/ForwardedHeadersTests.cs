using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;

namespace PermanenciaAnalytics.App.Tests.Web.SignIn;

/// <summary>
/// <c>X-Forwarded-*</c> from a client that is not a known proxy is ignored: the site listens on this machine's
/// non-loopback address, so the test client is an ordinary peer, and it cannot pick a fresh address per guess
/// (escaping the per-address lock and rate limit) nor claim TLS.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private static async Task<HttpStatusCode> TokenAsync(HttpClient client, string password, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { user = "rectora", password }) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [NonLoopbackFact]
    public async Task Lockout_HonoursForwardedFor_WhenTheClientIsAConfiguredProxy()
    {
        // Arrange: this machine's address declared as the reverse proxy (Permanencia:KnownProxies).
        var address = NonLoopbackFactAttribute.Address!;
        await using var site = await WebTestSite.StartAsync(configure: builder =>
        {
            builder.WebHost.UseUrls($"http://{address}:0");
            builder.Configuration["Permanencia:KnownProxies:0"] = address + "/32";
        });
        using var client = site.Client();
        for (var i = 0; i < 5; i++)
        {
            await TokenAsync(client, "mala-clave", "203.0.113.7");
        }

        // Act
        var attacker = await TokenAsync(client, SeedData.Password, "203.0.113.7");
        var rector = await TokenAsync(client, SeedData.Password, "198.51.100.20");

        // Assert: the proxy's clients are told apart, so only the guessing one is locked.
        Assert.Equal(HttpStatusCode.Unauthorized, attacker);
        Assert.Equal(HttpStatusCode.OK, rector);
    }

    [NonLoopbackFact]
    public async Task Lockout_IgnoresForwardedFor_WhenTheClientIsNotAKnownProxy()
    {
        // Arrange
        var address = NonLoopbackFactAttribute.Address!;
        await using var site = await WebTestSite.StartAsync(configure: builder => builder.WebHost.UseUrls($"http://{address}:0"));
        using var client = site.Client();
        for (var i = 1; i <= 5; i++)
        {
            await TokenAsync(client, "mala-clave", $"203.0.113.{i}");
        }

        // Act: a sixth, "new" forwarded address with the right password.
        var right = await TokenAsync(client, SeedData.Password, "203.0.113.99");
        using var tls = new HttpRequestMessage(HttpMethod.Get, "/login");
        tls.Headers.Host = "permanencia.educacion.example";
        tls.Headers.Add("X-Forwarded-Proto", "https");
        using var tlsResponse = await client.SendAsync(tls);

        // Assert: all six came from the one real peer, which is locked; and no HSTS for a forged scheme.
        Assert.Equal(HttpStatusCode.Unauthorized, right);
        Assert.False(tlsResponse.Headers.Contains("Strict-Transport-Security"));
    }
}
