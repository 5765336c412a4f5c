using PermanenciaAnalytics.App.Jobs;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// The dashboard's own values kept under the data version, named here once so the page and <see cref="DashboardWarmup"/>
/// read and fill the same entries.
/// </summary>
internal static class DashboardCache
{
    /// <summary>The latest plan-deadline run (a new run bumps the data version, migration 0331's trigger).</summary>
    public static IReadOnlyList<PlanDeadlineRun> PlanDeadlineRun(DataVersionCache cache, DataVersion version, DatabaseTarget database) =>
        cache.GetOrAdd(version.Current, "plan-deadline-run", () => PlanDeadlineRuns.Latest(database));
}
