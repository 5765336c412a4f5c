using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using PermanenciaAnalytics.App.Hosting;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Hosting;

[Collection(HangfireHostGroup.Name)]
public sealed class ServeHostTests
{
    [Fact]
    public async Task Health_Returns200OverRealHttp_WhenSchemaIsMigratedAndHangfireServerRuns()
    {
        using var database = new TempSqliteDatabase(migrate: false);
        await using var app = ServeHost.Build(new ServeOptions
        {
            Database = database.Target,
            Urls = "http://127.0.0.1:0",
            Inbox = Path.Combine(database.Folder, "inbox"),
        });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var response = await WaitForHealthAsync(http, TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ready", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("migrated", body.RootElement.GetProperty("database").GetString());
        Assert.True(body.RootElement.GetProperty("hangfireServers").GetInt32() >= 1);
        Assert.True(Directory.Exists(Path.Combine(database.Folder, "inbox", "processed")));
        await app.StopAsync();
    }

    [Fact]
    public async Task Dashboard_RefusesAnonymousRequest_EvenFromLoopback()
    {
        // Arrange: the serve host, reached from 127.0.0.1 (Hangfire's default filter would let this in).
        using var database = new TempSqliteDatabase();
        await using var app = ServeHost.Build(new ServeOptions
        {
            Database = database.Target,
            Urls = "http://127.0.0.1:0",
            Inbox = Path.Combine(database.Folder, "inbox"),
            WatchInbox = false,
        });
        await app.StartAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.Urls.First()) };

        // Act
        var response = await http.GetAsync(new Uri("/hangfire", UriKind.Relative));

        // Assert: only a signed-in admin may open the dashboard (issue 6): an anonymous caller is sent to sign in, and
        // comes back to the dashboard; the pages of the web app are served too.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?returnUrl=%2Fhangfire", response.Headers.Location?.OriginalString);
        var login = await http.GetAsync(new Uri("/login", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Build_ServesEndpointsAnotherFeatureMaps_WhenMappedBeforeStart()
    {
        using var database = new TempSqliteDatabase();
        var options = new ServeOptions
        {
            Database = database.Target,
            Urls = "http://127.0.0.1:0",
            Inbox = Path.Combine(database.Folder, "inbox"),
            WatchInbox = false,
        };
        await using var app = ServeHost.Build(options);
        app.MapGet("/extension", () => "añadido");
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var text = await http.GetStringAsync(new Uri("/extension", UriKind.Relative));

        Assert.Equal("añadido", text);
        await app.StopAsync();
    }

    private static async Task<HttpResponseMessage> WaitForHealthAsync(HttpClient http, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK || DateTime.UtcNow > deadline)
            {
                return response;
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            await Task.Delay(200);
        }
    }
}
