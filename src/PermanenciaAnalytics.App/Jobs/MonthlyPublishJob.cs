using Hangfire;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>
/// Publishes the charts and reports of a month. Recurring (cron and time zone from <c>ServeOptions</c>, by default
/// the 1st of each month at 06:00 America/Bogota, publishing the month that just ended); the demo runs it directly.
/// </summary>
public sealed class MonthlyPublishJob(IPublicationRunner publisher, PublishSettings settings, ILogger<MonthlyPublishJob> logger)
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

    /// <summary>The recurring entry point: the month before today's date in the configured time zone.</summary>
    [JobDisplayName("Publicación mensual (mes anterior)")]
    public PublicationResult RunForPreviousMonth(CancellationToken cancellationToken)
    {
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, settings.TimeZone);
        var previous = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return Run(previous.Year, previous.Month, cancellationToken);
    }
}

/// <summary>Where publications go and which clock the recurring schedule follows.</summary>
public sealed record PublishSettings(string OutputFolder, TimeZoneInfo TimeZone, string Cron);
