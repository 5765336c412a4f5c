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
    [NonLoopbackFact]
    public async Task Lockout_IgnoresForwardedFor_WhenTheClientIsNotAKnownProxy()
    {
        // Arrange
        var address = NonLoopbackFactAttribute.Address!;
        await using var site = await WebTestSite.StartAsync(configure: builder => builder.WebHost.UseUrls($"http://{address}:0"));
        using var client = site.Client();
        async Task<HttpStatusCode> TokenAsync(string password, int n)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { user = "rectora", password }) };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{n}");
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }

        for (var i = 1; i <= 5; i++)
        {
            await TokenAsync("mala-clave", i);
        }

        // Act: a sixth, "new" forwarded address with the right password.
        var right = await TokenAsync(SeedData.Password, 99);
        using var tls = new HttpRequestMessage(HttpMethod.Get, "/login");
        tls.Headers.Host = "permanencia.educacion.example";
        tls.Headers.Add("X-Forwarded-Proto", "https");
        using var tlsResponse = await client.SendAsync(tls);

        // Assert: all six came from the one real peer, which is locked; and no HSTS for a forged scheme.
        Assert.Equal(HttpStatusCode.Unauthorized, right);
        Assert.False(tlsResponse.Headers.Contains("Strict-Transport-Security"));
    }
}
