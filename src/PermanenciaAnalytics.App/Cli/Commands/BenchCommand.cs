using System.CommandLine;
using System.Diagnostics;
using PermanenciaAnalytics.Synthetic;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>bench</c>: measurements as commands, not timed tests. <c>bench generate</c> times the synthetic extract writer;
/// <c>bench load</c> (in <c>BenchCommand.Load.cs</c>) times the loader against <c>sqlite3 .import</c>; <c>bench web</c> (in <c>BenchCommand.Web.cs</c>)
/// drives every route of the real server.
/// </summary>
internal static partial class BenchCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var bench = new Command("bench", "Mediciones de rendimiento con extractos sintéticos.");
        bench.Subcommands.Add(CreateGenerate());
        AddLoadCommand(bench, globals);
        bench.Subcommands.Add(CreateWeb(globals));
        return bench;
    }

    /// <summary>Adds <c>bench load</c>; implemented where the ETL loader is available.</summary>
    static partial void AddLoadCommand(Command bench, GlobalOptions globals);

    private static Command CreateGenerate()
    {
        var rows = new Option<long>("--rows") { Description = "Filas del extracto SIMAT de 54 columnas.", DefaultValueFactory = _ => 1_000_000 };
        var students = new Option<int?>("--year-students") { Description = "En lugar de un archivo plano, un año completo (10 cortes + SIMPADE) con N estudiantes." };
        var keep = new Option<bool>("--keep") { Description = "Conservar los archivos generados." };
        var command = new Command("generate", "Mide la velocidad del generador de extractos sintéticos.") { rows, students, keep };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var folder = Directory.CreateTempSubdirectory("permanencia-bench-").FullName;
            try
            {
                var clock = Stopwatch.StartNew();
                long written;
                long bytes;
                if (parseResult.GetValue(students) is { } yearStudents)
                {
                    var files = new SyntheticYearGenerator(new SyntheticYearOptions { Students = yearStudents }).WriteTo(folder);
                    written = files.SimatCuts.Sum(c => c.Rows) + files.SimpadeRows;
                    bytes = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
                }
                else
                {
                    var path = Path.Combine(folder, "simat_bench_2025-11-30.csv");
                    written = SyntheticYearGenerator.WriteFlatSimat(path, parseResult.GetValue(rows));
                    bytes = new FileInfo(path).Length;
                }

                var seconds = clock.Elapsed.TotalSeconds;
                output.WriteLine($"Generador: {written:N0} filas, {bytes / 1048576.0:N1} MB en {seconds:N2} s " +
                    $"({written / seconds:N0} filas/s, {bytes / 1048576.0 / seconds:N1} MB/s); memoria pico del proceso {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB.");
                if (parseResult.GetValue(keep))
                {
                    output.WriteLine($"Archivos en {folder}");
                }

                return ExitCodes.Success;
            }
            finally
            {
                if (!parseResult.GetValue(keep))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        });
        return command;
    }
}
