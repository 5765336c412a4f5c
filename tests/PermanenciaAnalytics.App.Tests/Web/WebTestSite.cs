using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using PermanenciaAnalytics.App.Hosting;
using PermanenciaAnalytics.App.Tests.Hosting;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// The web layer on real Kestrel (loopback, random port) over a real migrated SQLite file seeded with
/// <see cref="SeedData"/>; every log line goes to <see cref="Logs"/>. Every seeded group has fewer than 5 students, so
/// the site hides only empty groups by default (threshold 1) and page tests see the hand-computed counts; the
/// suppression tests start a site with the product's threshold.
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

    /// <summary>The route templates the server maps (as written, e.g. <c>/api/institutions/{dane}/indicators</c>).</summary>
    public IReadOnlyList<string> Routes() =>
        [.. app.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>().Select(e => e.RoutePattern.RawText ?? "").Distinct()];

    public LogCapture Logs { get; }

    public MutableClock Clock { get; }

    public TempSqliteDatabase Database => database;

    public string InboxFolder => Path.Combine(database.Folder, "inbox");

    public string PublishFolder => Path.Combine(database.Folder, "publicaciones");

    public const int SeedThreshold = 1;

    /// <param name="smallCellThreshold">Small-cell threshold of the site (see the class summary).</param>
    /// <param name="configure">Extra host setup after the site's own (e.g. a decorated service), for tests that need it.</param>
    public static async Task<WebTestSite> StartAsync(int smallCellThreshold = SeedThreshold, Action<WebApplicationBuilder>? configure = null)
    {
        var database = new TempSqliteDatabase();
        SeedData.Seed(database.Target);
        SeedData.AddUsers(database.Target);
        return await StartOnAsync(database, smallCellThreshold, configure);
    }

    /// <summary>The site over a database the caller prepared (loaded, recomputed, with users); the site owns it from here.</summary>
    public static async Task<WebTestSite> StartOnAsync(TempSqliteDatabase database, int smallCellThreshold, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var logs = new LogCapture();
        var clock = new MutableClock(DateTimeOffset.UtcNow);
        var app = WebOnlyHost.Build(database.Target, builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration["Permanencia:InboxFolder"] = Path.Combine(database.Folder, "inbox");
            builder.Configuration["Permanencia:PublishFolder"] = Path.Combine(database.Folder, "publicaciones");
            builder.Configuration["Permanencia:SmallCellThreshold"] = smallCellThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // Page tests sign in many times from 127.0.0.1; the rate-limit tests set the product's value through configure.
            builder.Configuration["Permanencia:SignInAttemptsPerMinute"] = "100000";
            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
            builder.Logging.AddProvider(logs);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        return new WebTestSite(database, app, logs, clock);
    }

    /// <summary>
    /// The same site on the real <c>serve</c> host (<see cref="ServeHost"/>): Hangfire server with InMemory storage and
    /// the inbox watcher, so an uploaded file is imported by the real <c>InboxImportJob</c> and loader. Hangfire keeps
    /// static state: callers belong to <see cref="HangfireHostGroup"/>.
    /// </summary>
    public static async Task<WebTestSite> StartWithImportJobsAsync(decimal maxRejectPercent)
    {
        var database = new TempSqliteDatabase();
        SeedData.Seed(database.Target);
        SeedData.AddUsers(database.Target);
        var logs = new LogCapture();
        var clock = new MutableClock(DateTimeOffset.UtcNow);
        var options = new ServeOptions
        {
            Database = database.Target,
            Urls = "http://127.0.0.1:0",
            Inbox = Path.Combine(database.Folder, "inbox"),
            PublishFolder = Path.Combine(database.Folder, "publicaciones"),
            RejectsFolder = Path.Combine(database.Folder, "rechazos"),
            MaxRejectPercent = maxRejectPercent,
            InboxRescan = TimeSpan.FromSeconds(1),
            WorkerCount = 1,
            LogLevel = LogLevel.Trace,
        };
        var builder = ServeHost.CreateBuilder(options);
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        builder.Services.AddLogging(logging => logging.ClearProviders().AddProvider(logs));
        var app = ServeHost.Build(builder, options);
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
