using System.Net;
using System.Net.Http.Json;

namespace PermanenciaAnalytics.App.Tests.Web.SignIn;

/// <summary>The per-address rate limit of <c>POST /login</c> and <c>POST /api/auth/token</c>, over real HTTP.</summary>
public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private const int PerMinute = 3;
    private WebTestSite site = null!;

    public async Task InitializeAsync() => site = await WebTestSite.StartAsync(configure: builder =>
        builder.Configuration["Permanencia:SignInAttemptsPerMinute"] = PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async Task DisposeAsync() => await site.DisposeAsync();

    private async Task<HttpResponseMessage> TokenAsync(string clientIp, string user = "no-existe")
    {
        using var client = site.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { user, password = "mala-clave" }) };
        request.Headers.Add("X-Forwarded-For", clientIp);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Token_Returns429WithRetryAfter_WhenOneAddressExceedsTheLimit()
    {
        // Arrange: different names, so only the per-address limit (not the per-account lock) can refuse.
        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < PerMinute; i++)
        {
            using var response = await TokenAsync("203.0.113.7", "nombre-" + i);
            allowed.Add(response.StatusCode);
        }

        // Act
        using var limited = await TokenAsync("203.0.113.7", "nombre-x");
        using var otherAddress = await TokenAsync("198.51.100.20", "nombre-x");

        // Assert
        Assert.All(allowed, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 60 }, $"Retry-After: {limited.Headers.RetryAfter}");
        Assert.Contains("Demasiados intentos de ingreso", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, otherAddress.StatusCode);
    }

    [Fact]
    public async Task LoginForm_Returns429_WhenOneAddressExceedsTheLimit()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        var statuses = new List<HttpStatusCode>();

        // Act
        for (var i = 0; i <= PerMinute; i++)
        {
            using var response = await session.LoginAsync("nombre-" + i, "mala-clave");
            statuses.Add(response.StatusCode);
        }

        // Assert: the login page itself (GET) is not limited, only the attempts.
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, PerMinute), HttpStatusCode.TooManyRequests], statuses);
    }
}
