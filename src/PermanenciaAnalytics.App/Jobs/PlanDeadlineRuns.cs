using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>The kept results of the plan-deadline job (<c>plan_deadline_run</c>, migration 0331).</summary>
public static class PlanDeadlineRuns
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(PlanDeadlineRuns).Assembly);

    /// <summary>The latest run, or none when the job has not run yet (a list of zero or one, so it can be cached).</summary>
    public static IReadOnlyList<PlanDeadlineRun> Latest(DatabaseTarget database)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var connection = database.Open();
        return connection.Query<PlanDeadlineRun>(Scripts.Read(database.Dialect, "Jobs", "LatestPlanDeadlineRun")).ToList();
    }
}

/// <summary>One run: when (UTC), the year checked, its deadline, and how many institutions had no plan or a late one.</summary>
public sealed record PlanDeadlineRun
{
    public DateTime RunAt { get; init; }

    public int Year { get; init; }

    public DateTime Deadline { get; init; }

    public bool Checked { get; init; }

    public int MissingCount { get; init; }

    public int LateCount { get; init; }
}
