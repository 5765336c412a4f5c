using System.Net;
using System.Text.Json;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>The JSON API's OpenAPI description, checked against the routes the server really maps.</summary>
public sealed class OpenApiTests : IAsyncLifetime
{
    private WebTestSite site = null!;

    public async Task InitializeAsync() => site = await WebTestSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task Document_DescribesEveryApiRouteAndNoPage_ForASignedInUser()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("secretaria1");
        var apiRoutes = site.Routes().Where(r => r.StartsWith("/api/", StringComparison.Ordinal)).ToHashSet();

        // Act
        using var response = await session.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = document.RootElement;
        Assert.StartsWith("3.1", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("Permanencia Escolar · API", root.GetProperty("info").GetProperty("title").GetString());
        var paths = root.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Equal(apiRoutes, paths);
        var indicators = root.GetProperty("paths").GetProperty("/api/institutions/{dane}/indicators").GetProperty("get");
        Assert.Equal("Indicadores de una institución por grado", indicators.GetProperty("summary").GetString());
        Assert.Contains("403", indicators.GetProperty("responses").EnumerateObject().Select(r => r.Name));
        var schemas = root.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.GetProperty("InstitutionIndicators").GetProperty("properties").TryGetProperty("dropout_rate", out _),
            "The schema must carry the snake_case names the API writes.");
    }

    [Fact]
    public async Task Document_SendsAnAnonymousCallerToTheLoginPage()
    {
        // Arrange
        using var client = site.Client();

        // Act
        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login?returnUrl=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
