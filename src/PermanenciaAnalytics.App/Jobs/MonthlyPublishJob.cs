using Hangfire;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>
/// Publishes the charts and reports of a month. Recurring (cron and time zone from <c>ServeOptions</c>, by default
/// the 1st of each month at 06:00 America/Bogota, publishing the month the data stand at); the demo runs it directly.
/// </summary>
public sealed class MonthlyPublishJob(IPublicationRunner publisher, PublishSettings settings, DatabaseTarget database, ILogger<MonthlyPublishJob> logger)
{
    public const string RecurringId = "publicacion-mensual";

    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [5, 30], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [JobDisplayName("Publicar {0}-{1}")]
    public PublicationResult Run(int year, int month, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var result = publisher.Publish(year, month, settings.OutputFolder, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"La publicación de {year}-{month:00} falló: {result.Message}");
        }

        logger.LogInformation("Published {Year}-{Month:00} into {Folder}.", year, month, result.OutputFolder);
        return result;
    }

    /// <summary>
    /// The recurring entry point: the month the latest year's data stand at (not the clock's previous month, which may
    /// belong to a year without data). Without data nothing is published, and the result says why.
    /// </summary>
    [JobDisplayName("Publicación mensual (último mes con datos)")]
    public PublicationResult RunForLatestData(CancellationToken cancellationToken)
    {
        if (PublicationMonth.Latest(database) is not { } latest)
        {
            const string why = "No se publicó nada: no hay cortes SIMAT cargados ni resultados calculados.";
            logger.LogWarning("Monthly publication skipped: no data loaded.");
            return new PublicationResult(true, settings.OutputFolder, why);
        }

        return Run(latest.Year, latest.Month, cancellationToken);
    }
}

/// <summary>Where publications go and which clock the recurring schedule follows.</summary>
public sealed record PublishSettings(string OutputFolder, TimeZoneInfo TimeZone, string Cron);
