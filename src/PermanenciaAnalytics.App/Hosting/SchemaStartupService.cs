using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Schema;

namespace PermanenciaAnalytics.App.Hosting;

/// <summary>Migrates the schema at start-up, before the job server and the inbox watcher start.</summary>
internal sealed class SchemaStartupService(DatabaseTarget database, ServeReadiness readiness, ILogger<SchemaStartupService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = SchemaMigrator.Migrate(database);
            readiness.MarkMigrated();
            logger.LogInformation("Schema of {Database} ready ({Count} migrations).", database.Describe(), result.TotalApplied);
        }
        catch (Exception ex) when (ex is SchemaTooNewException or InvalidOperationException)
        {
            readiness.MarkMigrationFailed(ex.Message);
            throw;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
