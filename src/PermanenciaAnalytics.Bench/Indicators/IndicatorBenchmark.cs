using System.Diagnostics;
using Microsoft.Data.Sqlite;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Schema;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Reports.Indicators.Suppression;
using PermanenciaAnalytics.Reports.Outcomes;

namespace PermanenciaAnalytics.Bench.Indicators;

/// <summary>
/// One timed step of <c>bench-indicators</c>: wall-clock time and CPU time of this process (user + system), which is
/// what the step costs on an idle machine when other processes compete for the cores.
/// </summary>
public sealed record BenchStep(string Name, TimeSpan Elapsed, TimeSpan Cpu, long Rows);

/// <summary>
/// Times the derived-table recompute and every indicator query on a synthetic year in a temporary SQLite file, and a
/// plain <c>sqlite3</c> GROUP BY over the same enrolment rows as the baseline (when the sqlite3 shell is installed).
/// </summary>
public static class IndicatorBenchmark
{
    public static IReadOnlyList<BenchStep> Run(int students, int cuts, int institutions, Action<BenchStep> progress, string? keepIn = null)
    {
        ArgumentNullException.ThrowIfNull(progress);
        const int year = 2025;
        var folder = keepIn ?? Directory.CreateTempSubdirectory("permanencia-bench-").FullName;
        var steps = new List<BenchStep>();
        void Record(BenchStep step)
        {
            steps.Add(step);
            progress(step);
        }

        try
        {
            var path = Path.Combine(folder, "bench.db");
            var target = DatabaseTarget.FromConnectionString($"Data Source={path}");
            SchemaMigrator.Migrate(target);
            var watch = Stopwatch.StartNew();
            var cpu = Cpu();
            long rows;
            using (var connection = (SqliteConnection)target.Open())
            {
                rows = SyntheticEnrollment.Fill(connection, year, students, cuts, institutions, seed: 2025);
                using var analyze = connection.CreateCommand();
                analyze.CommandText = "ANALYZE";
                analyze.ExecuteNonQuery();
            }

            Record(new BenchStep("fill (prepared insert)", watch.Elapsed, Cpu() - cpu, rows));

            watch.Restart();
            cpu = Cpu();
            var result = OutcomeRecomputer.Recompute(target, year);
            Record(new BenchStep("recompute", watch.Elapsed, Cpu() - cpu, result.Students));

            foreach (var by in Enum.GetValues<IndicatorDimension>())
            {
                watch.Restart();
            cpu = Cpu();
                var found = new IndicatorEngine(target).Query(new IndicatorRequest(year, by));
                Record(new BenchStep($"indicators --by {by}", watch.Elapsed, Cpu() - cpu, found.Count));
            }

            watch.Restart();
            cpu = Cpu();
            var split = new IndicatorEngine(target).Query(new IndicatorRequest(year, IndicatorDimension.InstitutionGrade, IndicatorSplit.ExtraEdad));
            Record(new BenchStep("indicators --by institution,grade --split extra_edad", watch.Elapsed, Cpu() - cpu, split.Count));

            watch.Restart();
            cpu = Cpu();
            var suppressed = SmallCellSuppressor.Apply(split, SmallCellSuppressor.DefaultMinCell);
            Record(new BenchStep("suppress (previous result)", watch.Elapsed, Cpu() - cpu, suppressed.Count(r => r.Suppressed)));

            if (Sqlite3Baseline.TryRun(path, year, out var baseline, out var baselineCpu, out var baselineRows))
            {
                Record(new BenchStep("baseline: sqlite3 GROUP BY institution, grade (enrolled at final cut)", baseline, baselineCpu, baselineRows));
            }

            return steps;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                if (keepIn is null)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (IOException)
            {
                // A temp folder left behind must not hide the measured numbers.
            }
        }
    }

    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;
}
