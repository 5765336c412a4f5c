using Hangfire;
using PermanenciaAnalytics.App.Web.Security;

namespace PermanenciaAnalytics.App.Hosting;

/// <summary>Ready when the schema is migrated and a Hangfire server of this storage is alive (has a heartbeat).</summary>
public sealed class ServeReadiness
{
    private volatile string? _migrationError;
    private volatile bool _migrated;

    public bool Migrated => _migrated;

    public string? MigrationError => _migrationError;

    internal void MarkMigrated() => _migrated = true;

    internal void MarkMigrationFailed(string message) => _migrationError = message;

    internal static void MapHealth(WebApplication app) =>
        app.MapGet("/health", (ServeReadiness readiness, JobStorage storage) =>
        {
            var servers = storage.GetMonitoringApi().Servers().Count;
            var ready = readiness.Migrated && servers > 0;
            var body = new
            {
                status = ready ? "ready" : "starting",
                database = readiness.Migrated ? "migrated" : readiness.MigrationError ?? "pending",
                hangfireServers = servers,
            };
            return Results.Json(body, statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowPublic("sonda de disponibilidad");
}
