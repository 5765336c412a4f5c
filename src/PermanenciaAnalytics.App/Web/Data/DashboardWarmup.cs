using PermanenciaAnalytics.App.Jobs;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// Fills the dashboard's <see cref="DataVersionCache"/> entries as soon as the data version moves on (and when the site
/// starts), so the first secretaría or cobertura to open <c>/tablero</c> after a load or a recompute does not pay for
/// the whole city's aggregates and their joint suppression (47 statements, 3–13 s at Cúcuta size).
/// </summary>
/// <remarks>
/// Skipped while imports are pending (<see cref="ImportBacklog"/>) or a recompute is queued or running.
/// It polls <see cref="DataVersion"/> (one indexed read every <see cref="Poll"/>) instead of hooking the recompute job:
/// the version also moves when another process writes (the CLI's <c>load</c> or <c>recompute</c>, another
/// <c>serve</c>), and this process's cache must follow those too. A view that arrives mid-warm waits only for the entry
/// still being computed (the cache computes each entry once).
/// </remarks>
internal sealed class DashboardWarmup(
    IServiceScopeFactory scopes, SchoolYears years, QualityWarnings quality, ILogger<DashboardWarmup> logger,
    ImportBacklog? backlog = null,
    RecomputeScheduler? recomputes = null)
    : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    private long warmed = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the first warm reads the whole year.
        await Task.Yield();
        using var timer = new PeriodicTimer(Poll);
        do
        {
            WarmIfChanged();
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>Warms the default year's dashboard when the data version differs from the one last warmed.</summary>
    internal void WarmIfChanged()
    {
        // While the inbox still has files to import the data moves again within seconds, and a warm that reads the
        // whole year beside a load holds a snapshot that keeps SQLite from checkpointing: measured on the demo, every
        // file loaded slower than the one before (2 → 9 s) and the WAL grew past 600 MB. The warm after the last
        // import and its recompute is the one a reader sees.
        if (backlog?.HasWork == true || recomputes?.Busy == true)
        {
            return;
        }

        try
        {
            using var scope = scopes.CreateScope();
            var services = scope.ServiceProvider;
            var version = services.GetRequiredService<DataVersion>();
            if (version.Current == warmed)
            {
                return;
            }

            var year = years.Resolve(null);
            // Without a signed-in user the reader suppresses: that builds the year's jointly suppressed tables (what
            // secretaría reads) from the engine's cached rows (what cobertura reads), so both views are warm.
            var indicators = services.GetRequiredService<IIndicatorReader>();
            var lookups = services.GetRequiredService<IPublicationLookups>();
            var cache = services.GetRequiredService<DataVersionCache>();
            foreach (var y in new[] { year, year - 1 })
            {
                indicators.Query(y, IndicatorDimension.Institution, null);
                indicators.Query(y, IndicatorDimension.Municipality, null);
                indicators.Query(y, IndicatorDimension.Level, null);
                MunicipalMonthSeries.Read(indicators, lookups, y);
            }

            lookups.Plans(year);
            DashboardCache.PlanDeadlineRun(cache, version, services.GetRequiredService<DatabaseTarget>());
            MenPublishedComparison.Load(indicators, services.GetRequiredService<LoadedYears>(), version, cache, services.GetRequiredService<DatabaseTarget>());
            quality.Warm(year);
            warmed = version.Current;
        }
#pragma warning disable CA1031 // A failed warm must never stop the site: the page computes the same values on its first view.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            // The type only: a message could quote data.
            logger.LogWarning("No se pudo precalcular el tablero ({Error}); se calculará en la primera vista.", ex.GetType().Name);
        }
    }
}
