using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Loading;
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
            RebuildDeferredIndexes();
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

    /// <summary>A bulk-load window left open by a process that died between files (see <see cref="BulkLoadWindow"/>).</summary>
    private void RebuildDeferredIndexes()
    {
        var rebuilt = BulkLoadWindow.Close(database);
        if (rebuilt > 0)
        {
            logger.LogWarning("Rebuilt {Count} indexes left deferred by an interrupted bulk load.", rebuilt);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
