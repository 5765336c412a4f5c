using System.Net;

namespace PermanenciaAnalytics.App.Tests.Web;

public sealed class PublicationsPageTests : IAsyncLifetime
{
    private WebTestSite site = null!;

    public async Task InitializeAsync()
    {
        site = await WebTestSite.StartAsync();
        // A publication as `publish` writes it: the municipal report and one folder per institution.
        var version = Path.Combine(site.PublishFolder, "2025-11");
        Directory.CreateDirectory(Path.Combine(version, SeedData.OwnDane));
        Directory.CreateDirectory(Path.Combine(version, SeedData.OtherDane));
        await File.WriteAllTextAsync(Path.Combine(version, "index.html"), "<h1>Informe municipal</h1>");
        await File.WriteAllTextAsync(Path.Combine(version, SeedData.OwnDane, "index.html"), "<h1>Informe propio</h1>");
        await File.WriteAllTextAsync(Path.Combine(version, SeedData.OtherDane, "index.html"), "<h1>Informe ajeno</h1>");
        await File.WriteAllTextAsync(Path.Combine(site.PublishFolder, "secreto.html"), "<h1>fuera de una versión</h1>");
    }

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task List_ShowsOnlyOwnInstitutionReport_ForRector()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("rectora");

        // Act
        var html = await session.Client.GetStringAsync("/publicaciones");

        // Assert
        Assert.Contains($"href=\"/publicaciones/2025-11/{SeedData.OwnDane}/index.html\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(SeedData.OtherDane, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Informe municipal", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rectora", "/publicaciones/2025-11/{own}/index.html", HttpStatusCode.OK)]
    [InlineData("rectora", "/publicaciones/2025-11/{other}/index.html", HttpStatusCode.Forbidden)]
    [InlineData("rectora", "/publicaciones/2025-11/index.html", HttpStatusCode.Forbidden)]
    [InlineData("secretaria1", "/publicaciones/2025-11/index.html", HttpStatusCode.OK)]
    [InlineData("secretaria1", "/publicaciones/2025-11/{other}/index.html", HttpStatusCode.OK)]
    [InlineData("secretaria1", "/publicaciones/..%2Fsecreto.html/index.html", HttpStatusCode.NotFound)]
    [InlineData("secretaria1", "/publicaciones/2025-11/..%2F..%2Fsecreto.html", HttpStatusCode.NotFound)]
    [InlineData("secretaria1", "/publicaciones/2025-11/{own}/index.exe", HttpStatusCode.NotFound)]
    public async Task Serve_EnforcesRoleAndInstitution_ForEveryFile(string user, string path, HttpStatusCode expected)
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync(user);
        var url = path.Replace("{own}", SeedData.OwnDane, StringComparison.Ordinal).Replace("{other}", SeedData.OtherDane, StringComparison.Ordinal);

        // Act
        using var response = await session.Client.GetAsync(new Uri(url, UriKind.Relative));

        // Assert
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Serve_RedirectsToLogin_WhenNotSignedIn()
    {
        using var client = site.Client();
        using var response = await client.GetAsync(new Uri($"/publicaciones/2025-11/{SeedData.OwnDane}/index.html", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
