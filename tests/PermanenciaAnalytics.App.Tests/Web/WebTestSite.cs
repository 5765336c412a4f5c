using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using PermanenciaAnalytics.App.Web;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// The web layer on real Kestrel (loopback, random port) over a real migrated SQLite file seeded with
/// <see cref="SeedData"/>; every log line goes to <see cref="Logs"/>.
/// </summary>
public sealed class WebTestSite : IAsyncDisposable
{
    private readonly TempSqliteDatabase database;
    private readonly WebApplication app;

    private WebTestSite(TempSqliteDatabase database, WebApplication app, LogCapture logs, MutableClock clock)
    {
        this.database = database;
        this.app = app;
        Logs = logs;
        Clock = clock;
        BaseAddress = new Uri(app.Urls.First());
    }

    public Uri BaseAddress { get; }

    public LogCapture Logs { get; }

    public MutableClock Clock { get; }

    public TempSqliteDatabase Database => database;

    public string InboxFolder => Path.Combine(database.Folder, "inbox");

    public string PublishFolder => Path.Combine(database.Folder, "publicaciones");

    /// <param name="configure">Extra host setup after the site's own (e.g. a decorated service), for tests that need it.</param>
    public static async Task<WebTestSite> StartAsync(Action<WebApplicationBuilder>? configure = null)
    {
        var database = new TempSqliteDatabase();
        SeedData.Seed(database.Target);
        SeedData.AddUsers(database.Target);
        var logs = new LogCapture();
        var clock = new MutableClock(DateTimeOffset.UtcNow);
        var app = WebHostFactory.Build(database.Target, [], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration["Permanencia:InboxFolder"] = Path.Combine(database.Folder, "inbox");
            builder.Configuration["Permanencia:PublishFolder"] = Path.Combine(database.Folder, "publicaciones");
            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
            builder.Logging.AddProvider(logs);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        return new WebTestSite(database, app, logs, clock);
    }

    /// <summary>A client that does not follow redirects, so tests see 302 to the login page.</summary>
    public HttpClient Client(bool cookies = false) => new(new HttpClientHandler
    {
        AllowAutoRedirect = false,
        UseCookies = cookies,
        CookieContainer = new CookieContainer(),
    })
    { BaseAddress = BaseAddress };

    public async Task<string> TokenAsync(string user, string password = SeedData.Password)
    {
        using var client = Client();
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { user, password });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("token").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        database.Dispose();
    }
}

/// <summary>One site shared by the tests of a class (xunit class fixture).</summary>
public sealed class WebTestSiteFixture : IAsyncLifetime
{
    public WebTestSite Site { get; private set; } = null!;

    public async Task InitializeAsync() => Site = await WebTestSite.StartAsync();

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
