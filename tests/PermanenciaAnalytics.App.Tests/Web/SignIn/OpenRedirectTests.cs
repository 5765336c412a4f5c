using System.Net;

namespace PermanenciaAnalytics.App.Tests.Web.SignIn;

/// <summary>
/// The login's <c>returnUrl</c> over real HTTP: every hostile form is replaced by the user's home page, and a path of
/// this site is kept. Issue 11: "/\t/evil.com" came back verbatim, and browsers drop the tab to reach //evil.com.
/// </summary>
public sealed class OpenRedirectTests(WebTestSiteFixture fixture) : IClassFixture<WebTestSiteFixture>
{
    private const string Home = "/tablero";

    public static TheoryData<string, string> HostileReturnUrls() => new()
    {
        { "tabulador tras la barra", "/\t/evil.com" },
        { "salto de línea tras la barra", "/\n/evil.com" },
        { "retorno de carro tras la barra", "/\r/evil.com" },
        { "tabulador al inicio", "\t//evil.com" },
        { "dos barras", "//evil.com" },
        { "tres barras", "///evil.com" },
        { "barra invertida tras la barra", "/\\evil.com" },
        { "barra e invertida", "/\\/evil.com" },
        { "dos invertidas", "\\\\evil.com" },
        { "invertida en medio", "/a\\..\\\\evil.com" },
        { "URL absoluta", "https://evil.com/" },
        { "esquema sin barras", "https:evil.com" },
        { "javascript", "javascript:alert(1)" },
        { "data", "data:text/html,<script>alert(1)</script>" },
        { "relativa sin barra", "evil.com" },
        { "espacio al inicio", " /evil.com" },
        { "espacio tras la barra", "/ /evil.com" },
        { "NUL tras la barra", "/\0/evil.com" },
        { "DEL tras la barra", "/\u007f/evil.com" },
        { "espacio no separable", "/\u00a0/evil.com" },
        { "espacio ideográfico", "/\u3000/evil.com" },
        { "ancho cero", "/\u200b/evil.com" },
        { "separador de línea Unicode", "/\u2028/evil.com" },
        { "barra de ancho completo", "/\uff0f/evil.com" },
        { "codificada sin barra inicial", "%2F%2Fevil.com" },
        { "demasiado larga", "/" + new string('a', 3000) },
        { "vacía", "" },
    };

    [Theory]
    [MemberData(nameof(HostileReturnUrls))]
    public async Task Login_RedirectsHome_WhenReturnUrlIsNotALocalPath(string name, string returnUrl)
    {
        // Arrange
        using var session = new BrowserlessSession(fixture.Site);
        var token = await session.AntiforgeryAsync("/login");

        // Act
        using var response = await session.Client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token,
            ["usuario"] = "secretaria1",
            ["contrasena"] = SeedData.Password,
            ["returnUrl"] = returnUrl,
        }));

        // Assert: home, or (a NUL the form reader refuses) 400 and no redirect at all.
        var location = response.Headers.Location?.OriginalString;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect ? location == Home : response.StatusCode == HttpStatusCode.BadRequest && location is null,
            $"{name}: {(int)response.StatusCode} Location {location}");
    }

    [Theory]
    [InlineData("/instituciones/154001000011?anio=2025")]
    [InlineData("/tablero?anio=2025&mes=6")]
    [InlineData("/publicaciones")]
    [InlineData("/%2F%2Fevil.com")]
    public async Task Login_KeepsReturnUrl_WhenItIsAPathOfThisSite(string returnUrl)
    {
        // Arrange: the last one is a literal path segment ("%2F" is not decoded in a Location header).
        using var session = new BrowserlessSession(fixture.Site);
        var token = await session.AntiforgeryAsync("/login");

        // Act
        using var response = await session.Client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token,
            ["usuario"] = "secretaria1",
            ["contrasena"] = SeedData.Password,
            ["returnUrl"] = returnUrl,
        }));

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(returnUrl, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task LoginForm_DoesNotCarryReturnUrl_WhenItIsNotLocal()
    {
        // Arrange
        using var client = fixture.Site.Client();

        // Act
        var html = await client.GetStringAsync("/login?returnUrl=" + Uri.EscapeDataString("/\t/evil.com"));

        // Assert
        Assert.Contains("name=\"returnUrl\" value=\"\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.com", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProtectedPage_SendsLocalReturnUrl_ThatLoginThenHonours()
    {
        // Arrange
        using var session = new BrowserlessSession(fixture.Site);
        using var bounce = await session.Client.GetAsync("/instituciones/154001000011?anio=2025");
        var loginPath = bounce.Headers.Location!.OriginalString;
        var returnUrl = Uri.UnescapeDataString(loginPath[(loginPath.IndexOf("returnUrl=", StringComparison.Ordinal) + "returnUrl=".Length)..]);
        var token = await session.AntiforgeryAsync(loginPath);

        // Act
        using var response = await session.Client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token,
            ["usuario"] = "secretaria1",
            ["contrasena"] = SeedData.Password,
            ["returnUrl"] = returnUrl,
        }));

        // Assert
        Assert.Equal("/instituciones/154001000011?anio=2025", response.Headers.Location?.OriginalString);
    }
}
