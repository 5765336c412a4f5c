using System.Diagnostics;
using Hangfire;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>Rebuilds the student-year outcomes of one year after imports. Never two at once.</summary>
public sealed class RecomputeJob(IOutcomeRecomputer recomputer, RecomputeScheduler scheduler, ILogger<RecomputeJob> logger)
{
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [5, 30], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [JobDisplayName("Recalcular indicadores {0}")]
    public void Run(int year)
    {
        scheduler.Started(year);
        var clock = Stopwatch.StartNew();
        try
        {
            recomputer.Recompute(year);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"No se pudieron recalcular los resultados del año {year}: {ex.Message}", ex);
        }

        logger.LogInformation("Recomputed outcomes of {Year} in {Seconds:F1} s.", year, clock.Elapsed.TotalSeconds);
    }
}
