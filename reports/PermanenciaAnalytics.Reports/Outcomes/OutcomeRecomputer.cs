using System.Diagnostics;
using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Reports.Motives;
using PermanenciaAnalytics.Reports.Sql;

namespace PermanenciaAnalytics.Reports.Outcomes;

/// <summary>
/// Rebuilds <c>student_year_outcome</c> and <c>student_transfer_out</c> for one school year from the loaded SIMAT cuts
/// (docs/design.md §5 rules 2–6 and 5b), set-wise in the engine's own SQL: delete and insert…select in one transaction, so a reader
/// sees either the old or the new outcomes. <c>until</c> treats the latest cut on or before it as final.
/// Static and stateless: the CLI and the Hangfire recompute job call it directly.
/// </summary>
public static class OutcomeRecomputer
{
    public static RecomputeResult Recompute(DatabaseTarget target, int year, DateOnly? until = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (year is < 2000 or > 2100)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The school year must be between 2000 and 2100.");
        }

        var watch = Stopwatch.StartNew();

        // The recompute reads every student's cuts through the student-keyed indexes a bulk load may have deferred.
        BulkLoadWindow.Close(target);
        using var connection = target.Open();
        using var transaction = connection.BeginTransaction();
        var parameters = new
        {
            year,
            until = DialectParameters.Date(target.Dialect, until),
            now = DialectParameters.Timestamp(target.Dialect, DateTime.UtcNow),
        };
        connection.Execute(SqlScripts.Of(typeof(OutcomeRecomputer).Assembly).Read(target.Dialect, "Outcomes", "Recompute"), parameters, transaction, commandTimeout: 600);
        var motives = RetirementMotiveStore.Current(connection, transaction, target.Dialect);
        MotiveApplier.Apply(connection, transaction, target.Dialect, year, parameters.until, motives);
        var summary = connection.QuerySingle<SummaryRow>(
            SqlScripts.Of(typeof(OutcomeRecomputer).Assembly).Read(target.Dialect, "Outcomes", "Summary"), new { year }, transaction);
        transaction.Commit();
        watch.Stop();

        return new RecomputeResult(
            year,
            DialectParameters.ReadDate(summary.final_cut),
            until,
            (int)(summary.cuts ?? 0),
            summary.students ?? 0,
            summary.in_universe ?? 0,
            summary.dropouts ?? 0,
            summary.transfers ?? 0,
            watch.Elapsed)
        {
            MotiveVersion = motives.Version,
            MotiveTransfers = summary.motive_transfers ?? 0,
            Deaths = summary.deaths ?? 0,
        };
    }

#pragma warning disable IDE1006, CA1812 // Dapper maps snake_case columns onto this private row type.
    private sealed class SummaryRow
    {
        public object? final_cut { get; set; }

        public long? cuts { get; set; }

        public long? students { get; set; }

        public long? in_universe { get; set; }

        public long? dropouts { get; set; }

        public long? transfers { get; set; }

        public long? motive_transfers { get; set; }

        public long? deaths { get; set; }
    }
#pragma warning restore IDE1006, CA1812
}
