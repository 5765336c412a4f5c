using Dapper;
using Hangfire;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Outcomes;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>
/// Lists institutions whose Plan Institucional de Permanencia for a year is missing or late. It reads the plan
/// tables only when the schema has them (<c>plan_header</c>: institution_dane, school_year, submitted_on = the server's first receipt, from the plans
/// migration); otherwise it reports that there is nothing to check. Missing = a loaded institution without a plan.
/// Every run is kept (<c>plan_deadline_run</c>, migration 0331: the dashboard shows the latest) and told to whoever is
/// configured (<see cref="PlanDeadlineNotifier"/>).
/// </summary>
public sealed class PlanDeadlineJob(DatabaseTarget database, PlanDeadlineNotifier notifier, ILogger<PlanDeadlineJob> logger)
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(PlanDeadlineJob).Assembly);

    public const string RecurringId = "plazo-planes";

    [AutomaticRetry(Attempts = 1)]
    [JobDisplayName("Plazo de planes {0}")]
    public PlanDeadlineReport Run(int year, DateOnly deadline)
    {
        using var connection = database.Open();
        var tableCount = connection.ExecuteScalar<long>(Scripts.Read(database.Dialect, "Jobs", "PlanTableExists"));
        if (tableCount == 0)
        {
            logger.LogInformation("No plan_header table in the schema yet; plan deadlines of {Year} not checked.", year);
            return Record(connection, new PlanDeadlineReport(year, deadline, Checked: false, [], []));
        }

        var missing = connection.Query<string>(Scripts.Read(database.Dialect, "Jobs", "MissingPlans"), new { year }).ToList();
        var late = connection.Query<string>(Scripts.Read(database.Dialect, "Jobs", "LatePlans"), new { year, deadline }).ToList();
        logger.LogInformation("Plans {Year}: {Missing} missing, {Late} late (deadline {Deadline}).", year, missing.Count, late.Count, deadline);
        return Record(connection, new PlanDeadlineReport(year, deadline, Checked: true, missing, late));
    }

    private PlanDeadlineReport Record(System.Data.Common.DbConnection connection, PlanDeadlineReport report)
    {
        connection.Execute(Scripts.Read(database.Dialect, "Jobs", "InsertPlanDeadlineRun"), new
        {
            runAt = DateTime.UtcNow,
            year = report.Year,
            deadline = report.Deadline.ToDateTime(TimeOnly.MinValue),
            @checked = report.Checked,
            missingCount = report.Missing.Count,
            lateCount = report.Late.Count,
            missingDane = string.Join(',', report.Missing),
            lateDane = string.Join(',', report.Late),
        });
        notifier.Notify(report);
        return report;
    }

    /// <summary>
    /// The recurring entry point: the plans of the year being monitored, the latest school year with SIMAT data (the
    /// clock's year only when nothing is loaded), against the configured deadline. In January the clock's year has no
    /// data yet, and checking it reported every institution as missing a plan.
    /// </summary>
    [JobDisplayName("Plazo de planes (año monitoreado)")]
    public PlanDeadlineReport RunForMonitoredYear(int deadlineMonth, int deadlineDay)
    {
        var year = DataAsOf.LatestYear(database) ?? DateTime.UtcNow.Year;
        return Run(year, new DateOnly(year, deadlineMonth, deadlineDay));
    }
}

/// <summary>Institutions (DANE codes only) whose plan is missing or arrived after the deadline.</summary>
public sealed record PlanDeadlineReport(int Year, DateOnly Deadline, bool Checked, IReadOnlyList<string> Missing, IReadOnlyList<string> Late);
