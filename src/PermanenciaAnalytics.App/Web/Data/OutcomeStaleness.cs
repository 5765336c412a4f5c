using PermanenciaAnalytics.App.Jobs;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Outcomes;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// Per request: whether a year the page reads has outcomes older than its latest SIMAT load (a file loaded by the CLI
/// into the database this server reads). Such a year gets a recompute queued (once per data version; the scheduler
/// coalesces) and the page shell says the figures are being brought up to date, instead of showing stale numbers
/// silently. The check is cached under the data version, which every load and recompute moves: no statement per view.
/// </summary>
public sealed class OutcomeStaleness(DatabaseTarget database, DataVersion version, DataVersionCache cache, IServiceProvider services)
{
    /// <summary>The stale year this request read, if any (the page shell shows a notice).</summary>
    public int? StaleYear { get; private set; }

    public void Check(int year)
    {
        var flag = cache.GetOrAdd(version.Current, (nameof(OutcomeStaleness), year), () =>
        {
            var stale = OutcomeFreshness.IsStale(database, year);
            if (stale)
            {
                // Only the serve host runs jobs; a host without the job server (some tests) just shows the notice.
                services.GetService<RecomputeScheduler>()?.Request(year);
            }

            return new StaleFlag(stale);
        });
        if (flag.IsStale)
        {
            StaleYear ??= year;
        }
    }

    private sealed record StaleFlag(bool IsStale);
}
