using System.Diagnostics;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Etl.Schema;
using PermanenciaAnalytics.Synthetic;

namespace PermanenciaAnalytics.Bench.Load;

/// <summary>
/// <c>bench load</c>: writes an N-row synthetic 54-column SIMAT extract, loads it with <see cref="ExtractLoader"/> into a
/// fresh SQLite file, then imports the same file with the sqlite3 shell into a plain table, and prints both side by side
/// (issue 3 §7 goal: our time ≤ 2 × sqlite3's, peak memory ≤ 300 MB; issue 10 §4 tightens it).
/// </summary>
public static class LoadBenchmark
{
    /// <summary>Runs the comparison and prints it to <paramref name="output"/>; false when the load was refused.</summary>
    public static bool Run(long rows, bool keep, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var folder = Directory.CreateTempSubdirectory("permanencia-bench-").FullName;
        try
        {
            var cut = new DateOnly(2025, 11, 30);
            var csv = Path.Combine(folder, "simat_bench_2025-11-30.csv");
            var clock = Stopwatch.StartNew();
            SyntheticYearGenerator.WriteFlatSimat(csv, rows);
            var generateSeconds = clock.Elapsed.TotalSeconds;
            var fileBytes = new FileInfo(csv).Length;
            output.WriteLine($"Extracto: {rows:N0} filas, {fileBytes / 1048576.0:N1} MB, generado en {generateSeconds:N2} s.");

            var databasePath = Path.Combine(folder, "bench.db");
            var target = DatabaseTarget.FromConnectionString($"Data Source={databasePath}");
            SchemaMigrator.Migrate(target);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var loader = new ExtractLoader(target, new LoadOptions { Cut = cut, RejectsFolder = Path.Combine(folder, "rejects") });
            LoadSummary summary;
            long peak;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
            clock.Restart();
            using (var sampler = new MemorySampler())
            {
                summary = loader.Load(csv, ExtractKind.Simat);
                peak = sampler.PeakBytes;
            }

            var loadSeconds = clock.Elapsed.TotalSeconds;
            var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var databaseBytes = Directory.EnumerateFiles(folder, "bench.db*").Sum(f => new FileInfo(f).Length);
            if (summary.Status != LoadStatus.Loaded)
            {
                error.WriteLine($"La carga no se completó: {summary.Message}");
                return false;
            }

            var baseline = SqliteImportBaseline.Run(csv, SimatPlainColumns.All, Path.Combine(folder, "sqlite3-import.db"));
            output.WriteLine();
            output.WriteLine($"{"",-28}{"segundos",12}{"filas/s",14}{"BD (MB)",10}");
            output.WriteLine($"{"permanencia load (SQLite)",-28}{loadSeconds,12:N2}{summary.RowsLoaded / loadSeconds,14:N0}{databaseBytes / 1048576.0,10:N1}");
            output.WriteLine($"{"sqlite3 .import (tabla)",-28}{baseline.Seconds,12:N2}{baseline.Rows / baseline.Seconds,14:N0}{baseline.DatabaseBytes / 1048576.0,10:N1}");
            output.WriteLine();
            output.WriteLine($"Filas leídas {summary.RowsRead:N0}, cargadas {summary.RowsLoaded:N0}, rechazadas {summary.RowsRejected:N0}.");
            // The issue's goal is our time at half of sqlite3's, not "at most twice as slow": say it as the issue does.
            var ratio = loadSeconds / baseline.Seconds;
            output.WriteLine($"Tiempo nuestro / tiempo sqlite3 = {ratio:N2} (meta ≤ 0,50: la mitad del tiempo de sqlite3 .import; {(ratio <= 0.5 ? "cumplida" : "no cumplida")}).");
            output.WriteLine($"Memoria pico durante la carga {peak / 1048576.0:N0} MB (meta ≤ 300 MB); pico del proceso {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB; asignado {allocated / 1048576.0:N0} MB; GC gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}.");
            if (keep)
            {
                output.WriteLine($"Archivos en {folder}");
            }

            return true;
        }
        finally
        {
            if (!keep)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
