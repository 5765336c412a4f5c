using Hangfire.Dashboard;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Hosting;

/// <summary>How <see cref="ServeHost"/> builds the service.</summary>
public sealed class ServeOptions
{
    public required DatabaseTarget Database { get; init; }

    /// <summary>Kestrel URLs; loopback by default. <c>http://127.0.0.1:0</c> picks a free port (tests, demo).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    public string Inbox { get; init; } = "data/inbox";

    public string PublishFolder { get; init; } = "data/publicaciones";

    public string RejectsFolder { get; init; } = "data/rejects";

    public decimal MaxRejectPercent { get; init; } = 10m;

    /// <summary>Monthly publication schedule (cron) in <see cref="TimeZoneId"/>: 06:00 on the 1st.</summary>
    public string PublishCron { get; init; } = "0 6 1 * *";

    /// <summary>Plan-deadline check schedule: daily at 07:00.</summary>
    public string PlanDeadlineCron { get; init; } = "0 7 * * *";

    /// <summary>Cúcuta's secretariat set 14 August as the plan deadline in 2023.</summary>
    public (int Month, int Day) PlanDeadline { get; init; } = (8, 14);

    public string TimeZoneId { get; init; } = "America/Bogota";

    public int WorkerCount { get; init; } = 2;

    /// <summary>Console log level; the demo lowers it because it reports job failures itself.</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    /// <summary>Watch the inbox (at start-up, on file events and every <see cref="InboxRescan"/>).</summary>
    public bool WatchInbox { get; init; } = true;

    public TimeSpan InboxRescan { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Who may open <c>/hangfire</c>: signed-in <c>admin</c> accounts only, with no local-request bypass.</summary>
    public IDashboardAuthorizationFilter DashboardAuthorization { get; init; } = new HangfireAdminFilter();
}
