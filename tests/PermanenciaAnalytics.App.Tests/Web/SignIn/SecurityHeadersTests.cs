using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Tests.Web.SignIn;

/// <summary>
/// Security headers, HSTS and cookie flags over real HTTP. TLS ends at a reverse proxy in production; the test client
/// on loopback is such a trusted proxy and says so with <c>X-Forwarded-Proto: https</c>.
/// </summary>
public sealed partial class SecurityHeadersTests(WebTestSiteFixture fixture) : IClassFixture<WebTestSiteFixture>
{
    private const string PublicHost = "permanencia.educacion.example";

    public static TheoryData<string> AnyResponse() => new()
    {
        "/login",
        "/site.css",
        "/no-existe",
        "/tablero",
        "/api/institutions/154001000011/indicators?year=2025",
    };

    [Theory]
    [MemberData(nameof(AnyResponse))]
    public async Task Response_CarriesSecurityHeaders_WhateverItsStatus(string path)
    {
        // Arrange
        using var client = fixture.Site.Client();

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Pages_UseNoInlineScriptOrStyle_SoTheStrictPolicyCannotBreakThem()
    {
        // Arrange
        using var session = new BrowserlessSession(fixture.Site);
        using var login = await session.LoginAsync("cobertura1");
        string[] pages =
        [
            "/login", "/tablero?anio=2025", $"/instituciones/{SeedData.OwnDane}?anio=2025", $"/instituciones/{SeedData.OwnDane}/busqueda-activa?anio=2025",
            $"/instituciones/{SeedData.OwnDane}/grados/6/estudiantes?anio=2025", $"/instituciones/{SeedData.OwnDane}/plan", "/cargas", "/cargas/1",
            "/usuarios", "/publicaciones", "/prohibido",
        ];

        // Act
        var offenders = new List<string>();
        foreach (var page in pages)
        {
            using var response = await session.Client.GetAsync(page);
            var html = await response.Content.ReadAsStringAsync();
            if (InlineScript().IsMatch(html) || InlineStyleAttribute().IsMatch(html) || html.Contains("<style", StringComparison.OrdinalIgnoreCase))
            {
                offenders.Add(page);
            }
        }

        // Assert
        Assert.Empty(offenders);
    }

    [Fact]
    public async Task PublishedPage_AllowsExactlyItsOwnInlineStylesheet_AndNoScript()
    {
        // Arrange: a real publication of the seed year.
        var site = fixture.Site;
        var input = new PublicationInputBuilder(site.Database.Target, new IndicatorEngine(site.Database.Target)).Build(SeedData.Year, 11);
        var version = Path.GetFileName(Publisher.Publish(input, site.PublishFolder).TrimEnd(Path.DirectorySeparatorChar));
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("secretaria1");

        // Act
        using var response = await session.Client.GetAsync($"/publicaciones/{version}/index.html");
        var html = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var style = StyleBlock().Match(html).Groups[1].Value;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains($"style-src 'sha256-{hash}'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hsts_IsSent_OnlyWhenTheRequestCameOverTls()
    {
        // Arrange
        using var client = fixture.Site.Client();
        using var overTls = new HttpRequestMessage(HttpMethod.Get, "/login");
        overTls.Headers.Host = PublicHost;
        overTls.Headers.Add("X-Forwarded-Proto", "https");
        using var plain = new HttpRequestMessage(HttpMethod.Get, "/login");
        plain.Headers.Host = PublicHost;

        // Act
        using var tlsResponse = await client.SendAsync(overTls);
        using var plainResponse = await client.SendAsync(plain);

        // Assert
        var hsts = Assert.Single(tlsResponse.Headers.GetValues("Strict-Transport-Security"));
        Assert.StartsWith("max-age=31536000", hsts, StringComparison.Ordinal);
        Assert.False(plainResponse.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SessionCookie_IsSecure_ExactlyWhenTheRequestCameOverTls(bool overTls)
    {
        // Arrange
        using var client = fixture.Site.Client();
        async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, string? cookie)
        {
            var request = new HttpRequestMessage(method, path) { Content = content };
            request.Headers.Host = PublicHost;
            if (overTls)
            {
                request.Headers.Add("X-Forwarded-Proto", "https");
            }

            if (cookie is not null)
            {
                request.Headers.Add("Cookie", cookie);
            }

            return await client.SendAsync(request);
        }

        using var form = await SendAsync(HttpMethod.Get, "/login", null, null);
        var antiforgeryCookie = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("permanencia.af=", StringComparison.Ordinal));
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value);

        // Act
        using var login = await SendAsync(HttpMethod.Post, "/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token,
            ["usuario"] = "secretaria1",
            ["contrasena"] = SeedData.Password,
        }), antiforgeryCookie.Split(';')[0]);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var session = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("permanencia.sesion=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(overTls, session.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(overTls, antiforgeryCookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[^>]+\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyleAttribute();

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
