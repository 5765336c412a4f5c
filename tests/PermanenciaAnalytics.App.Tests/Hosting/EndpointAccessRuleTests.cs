using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PermanenciaAnalytics.App.Hosting;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Hosting;

/// <summary>
/// Walks the endpoint data source of the real <c>serve</c> host: every route must declare its access rule
/// (<c>RequirePage</c>/<c>RequireApi</c> with a capability, or <c>AllowPublic</c> with a reason), and every guarded
/// route must actually refuse an anonymous caller — so the metadata cannot say one thing while the filter is missing.
/// The Hangfire dashboard is middleware, not an endpoint; it is checked here too.
/// </summary>
[Collection(HangfireHostGroup.Name)]
public sealed class EndpointAccessRuleTests
{
    /// <summary>The only routes anyone may call. Adding one is a decision, so it is written here by hand.</summary>
    private static readonly string[] PublicRoutes = ["GET /login", "POST /login", "POST /logout", "GET /prohibido", "POST /api/auth/token", "GET /health"];

    private static async Task<(WebApplication App, TempSqliteDatabase Database)> StartAsync()
    {
        var database = new TempSqliteDatabase();
        var app = ServeHost.Build(new ServeOptions
        {
            Database = database.Target,
            Urls = "http://127.0.0.1:0",
            Inbox = Path.Combine(database.Folder, "inbox"),
            PublishFolder = Path.Combine(database.Folder, "publicaciones"),
            WatchInbox = false,
        });
        await app.StartAsync();
        return (app, database);
    }

    private static List<(string Route, RouteEndpoint Endpoint)> Routes(WebApplication app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => ($"{m} /{e.RoutePattern.RawText?.TrimStart('/')}", e)))
            .ToList();

    [Fact]
    public async Task EveryRoute_DeclaresAnAccessRule_AndOnlyTheKnownOnesArePublic()
    {
        // Arrange
        var (app, database) = await StartAsync();
        await using var _ = app;
        using var __ = database;

        // Act
        var routes = Routes(app);
        var withoutRule = routes.Where(r => r.Endpoint.Metadata.GetMetadata<AccessRule>() is null).Select(r => r.Route).ToList();
        var publicRoutes = routes.Where(r => r.Endpoint.Metadata.GetMetadata<AccessRule>() is { IsPublic: true }).Select(r => r.Route).Order().ToList();

        // Assert
        Assert.True(routes.Count > 25, $"only {routes.Count} routes found: is the data source the app's?");
        Assert.True(withoutRule.Count == 0, "Routes without an access rule: " + string.Join(", ", withoutRule));
        Assert.Equal(PublicRoutes.Order(), publicRoutes);
        Assert.All(routes.Where(r => r.Endpoint.Metadata.GetMetadata<AccessRule>() is { IsPublic: true }),
            r => Assert.False(string.IsNullOrWhiteSpace(r.Endpoint.Metadata.GetMetadata<AccessRule>()!.PublicReason)));
        await app.StopAsync();
    }

    [Fact]
    public async Task EveryGuardedRoute_RefusesAnAnonymousCaller_OverRealHttp()
    {
        // Arrange
        var (app, database) = await StartAsync();
        await using var _ = app;
        using var __ = database;
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.Urls.First()) };
        var guarded = Routes(app).Where(r => r.Endpoint.Metadata.GetMetadata<AccessRule>() is { IsPublic: false }).ToList();

        // Act
        var wrong = new List<string>();
        foreach (var (route, endpoint) in guarded)
        {
            var method = route[..route.IndexOf(' ', StringComparison.Ordinal)];
            var path = Concrete(endpoint.RoutePattern.RawText!);
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method == "POST")
            {
                request.Content = new FormUrlEncodedContent([]);
            }

            using var response = await http.SendAsync(request);
            var refused = path.StartsWith("/api/", StringComparison.Ordinal)
                ? response.StatusCode == HttpStatusCode.Unauthorized
                : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/login?returnUrl=", StringComparison.Ordinal) == true;
            if (!refused)
            {
                wrong.Add($"{route} → {(int)response.StatusCode}");
            }
        }

        using var dashboard = await http.GetAsync(new Uri("/hangfire", UriKind.Relative));

        // Assert
        Assert.True(wrong.Count == 0, "Guarded routes that served an anonymous caller: " + string.Join(", ", wrong));
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.StartsWith("/login?returnUrl=", dashboard.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", Assert.Single(dashboard.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        await app.StopAsync();
    }

    /// <summary>A request path for a route template: each parameter gets a value its constraint accepts, also inside a segment such as <c>{tabla}.{formato}</c>.</summary>
    private static string Concrete(string template) => "/" + string.Join('/', template.TrimStart('/').Split('/').Select(segment =>
        System.Text.RegularExpressions.Regex.Replace(segment, @"\{[^}]+\}", parameter => ValueOf(parameter.Value))));

    private static string ValueOf(string parameter) =>
        parameter.StartsWith("{dane", StringComparison.Ordinal) ? "154001000011"
        : parameter.StartsWith("{version", StringComparison.Ordinal) ? "2025-11"
        : parameter.StartsWith("{file", StringComparison.Ordinal) ? "index.html"
        : parameter.StartsWith("{formato", StringComparison.Ordinal) ? "csv"
        : "1";
}
