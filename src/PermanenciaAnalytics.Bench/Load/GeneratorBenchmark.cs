using System.Diagnostics;
using PermanenciaAnalytics.Synthetic;

namespace PermanenciaAnalytics.Bench.Load;

/// <summary><c>bench generate</c>: times the synthetic extract writer (a flat 54-column file, or a whole year with SIMPADE).</summary>
public static class GeneratorBenchmark
{
    /// <param name="rows">Rows of the flat SIMAT file (ignored when <paramref name="yearStudents"/> is given).</param>
    /// <param name="yearStudents">Instead of a flat file, a complete year (10 cuts + SIMPADE) with this many students.</param>
    /// <param name="keep">Keep the generated files.</param>
    /// <param name="output">Where the figures are printed.</param>
    public static void Run(long rows, int? yearStudents, bool keep, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var folder = Directory.CreateTempSubdirectory("permanencia-bench-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            long written;
            long bytes;
            if (yearStudents is { } students)
            {
                var files = new SyntheticYearGenerator(new SyntheticYearOptions { Students = students }).WriteTo(folder);
                written = files.SimatCuts.Sum(c => c.Rows) + files.SimpadeRows;
                bytes = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
            }
            else
            {
                var path = Path.Combine(folder, "simat_bench_2025-11-30.csv");
                written = SyntheticYearGenerator.WriteFlatSimat(path, rows);
                bytes = new FileInfo(path).Length;
            }

            var seconds = clock.Elapsed.TotalSeconds;
            output.WriteLine($"Generador: {written:N0} filas, {bytes / 1048576.0:N1} MB en {seconds:N2} s " +
                $"({written / seconds:N0} filas/s, {bytes / 1048576.0 / seconds:N1} MB/s); memoria pico del proceso {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB.");
            if (keep)
            {
                output.WriteLine($"Archivos en {folder}");
            }
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
