using System.Diagnostics;
using Hangfire;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>
/// Rebuilds the student-year outcomes of one year after imports. Never two at once on one database: besides Hangfire's
/// lock (per job storage, so per process with InMemory storage) it holds the database-wide <see cref="LeaseName"/> lease.
/// </summary>
public sealed class RecomputeJob(IOutcomeRecomputer recomputer, RecomputeScheduler scheduler, DatabaseTarget database, ILogger<RecomputeJob> logger)
{
    public const string LeaseName = "recompute";

    /// <summary>Renewed every third of it while the recompute runs; a killed worker blocks the others this long at most.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(3);

    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(30);

    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [5, 30], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [JobDisplayName("Recalcular indicadores {0}")]
    public void Run(int year)
    {
        if (scheduler.TryPostpone(year))
        {
            logger.LogInformation("Recompute of {Year} postponed: imports are still waiting in the inbox.", year);
            return;
        }

        scheduler.Started(year);
        try
        {
            using var lease = DatabaseLease.Acquire(database, LeaseName, LeaseDuration, MaxWait, CancellationToken.None)
                ?? throw new InvalidOperationException($"Otro proceso lleva más de {MaxWait.TotalMinutes:F0} minutos recalculando; el recálculo de {year} se reintentará.");
            var clock = Stopwatch.StartNew();
            Recompute(year);
            logger.LogInformation("Recomputed outcomes of {Year} in {Seconds:F1} s.", year, clock.Elapsed.TotalSeconds);
        }
        finally
        {
            scheduler.Finished();
        }
    }

    private void Recompute(int year)
    {
        try
        {
            recomputer.Recompute(year);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"No se pudieron recalcular los resultados del año {year}: {ex.Message}", ex);
        }
    }
}
