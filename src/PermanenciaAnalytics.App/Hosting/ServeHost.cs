using Hangfire.InMemory;
using Hangfire.SqlServer;
using Hangfire;
using PermanenciaAnalytics.App.Web.Security;
using Microsoft.Data.SqlClient;
using PermanenciaAnalytics.App.Jobs;
using PermanenciaAnalytics.App.Web.Configuration;
using PermanenciaAnalytics.App.Web;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Hosting;

/// <summary>
/// Builds the <c>serve</c> web application: the role-scoped pages and API, Hangfire (InMemory storage, or
/// Hangfire.SqlServer when the database is SQL Server), its server and dashboard at <c>/hangfire</c> (admin only),
/// <c>GET /health</c>, the inbox watcher and the recurring jobs. The schema is migrated at host start-up
/// (<see cref="SchemaStartupService"/>), before the job server and the inbox watcher start.
/// </summary>
public static partial class ServeHost
{
    public static WebApplication Build(ServeOptions options, string[]? args = null) => Build(CreateBuilder(options, args), options);

    /// <summary>The builder with every service registered; <see cref="Build(WebApplicationBuilder, ServeOptions)"/> finishes it.</summary>
    public static WebApplicationBuilder CreateBuilder(ServeOptions options, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args ?? [] });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.SetMinimumLevel(options.LogLevel);
        builder.Logging.AddFilter("Hangfire", options.LogLevel > LogLevel.Warning ? LogLevel.None : LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // The upload page drops files where the import job looks for them; the publications page reads what the publish job wrote.
        builder.Configuration[$"{PermanenciaWebOptions.Section}:InboxFolder"] ??= options.Inbox;
        builder.Configuration[$"{PermanenciaWebOptions.Section}:PublishFolder"] ??= options.PublishFolder;
        AddServices(builder.Services, options);
        builder.Services.AddPermanenciaWeb(options.Database);
        return builder;
    }

    /// <summary>Builds the application and maps <c>/health</c>, the pages, the API and <c>/hangfire</c>.</summary>
    public static WebApplication Build(WebApplicationBuilder builder, ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var app = builder.Build();
        ServeReadiness.MapHealth(app);
        // Pages, API and authentication come before the dashboard: its admin filter reads the signed-in user.
        app.MapPermanenciaWeb();
        app.UseHangfireDashboardGate("/hangfire");
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [options.DashboardAuthorization],
            DashboardTitle = "PermanenciaAnalytics · trabajos",
        });
        return app;
    }

    private static void AddServices(IServiceCollection services, ServeOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(options.Database);
        services.AddSingleton(new ServeReadiness());
        services.AddSingleton(new InboxFolders(options.Inbox));
        services.AddSingleton(new InboxInFlight());
        services.AddSingleton<ImportBacklog>();
        services.AddSingleton(new ImportSettings(options.MaxRejectPercent, options.RejectsFolder));
        services.AddSingleton(new PublishSettings(Path.GetFullPath(options.PublishFolder), TimeZoneInfo.FindSystemTimeZoneById(options.TimeZoneId), options.PublishCron));
        services.AddSingleton<RecomputeScheduler>();
        services.AddSingleton<PipelineMonitor>();
        services.AddTransient<InboxImportJob>();
        services.AddTransient<RecomputeJob>();
        services.AddTransient<MonthlyPublishJob>();
        services.AddTransient<PlanDeadlineJob>();
        services.AddSingleton(provider => new PlanDeadlineNotifier(
            options.Database,
            Uri.TryCreate(provider.GetRequiredService<IConfiguration>()[PlanDeadlineNotifier.ConfigurationKey], UriKind.Absolute, out var webhook) ? webhook : null,
            provider.GetRequiredService<ILogger<PlanDeadlineNotifier>>()));
        AddPipelineServices(services);

        // The schema is migrated before the job server starts (hosted services start in registration order).
        services.AddHostedService<SchemaStartupService>();
        // Registered before the Hangfire server, so stopped after it (hosted services stop in reverse order).
        services.AddHostedService<HangfireLogProviderReset>();
        // Registered before AddHangfire so every Hangfire component of this host uses this storage, not the static
        // JobStorage.Current. Created after Hangfire's global configuration (log provider of this host) is applied.
        services.AddSingleton(provider =>
        {
            provider.GetRequiredService<IGlobalConfiguration>();
            return CreateStorage(options.Database);
        });
        services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = Math.Max(1, options.WorkerCount);
            server.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            server.ServerName = $"permanencia-{Environment.MachineName}-{Environment.ProcessId}";
        });
        services.AddHostedService<RecurringJobsSetup>();
        if (options.WatchInbox)
        {
            services.AddHostedService<InboxWatcher>();
        }
    }

    /// <summary>InMemory by default (the inbox and the load ledger are the source of truth); SQL Server shares one queue between instances.</summary>
    private static JobStorage CreateStorage(DatabaseTarget database) => database.Dialect == SqlDialect.SqlServer
        ? new SqlServerStorage(() => new SqlConnection(database.ConnectionString), new SqlServerStorageOptions
        {
            PrepareSchemaIfNecessary = true,
            SchemaName = "hangfire",
            QueuePollInterval = TimeSpan.FromSeconds(1),
        })
        : new InMemoryStorage(new InMemoryStorageOptions());

    /// <summary>
    /// Registers the services the jobs call: the loader-backed <see cref="IExtractImporter"/>, the indicators'
    /// <see cref="IOutcomeRecomputer"/> and the <see cref="IPublicationRunner"/> (in <c>ServeHost.Pipeline.cs</c>).
    /// </summary>
    static partial void AddPipelineServices(IServiceCollection services);
}
