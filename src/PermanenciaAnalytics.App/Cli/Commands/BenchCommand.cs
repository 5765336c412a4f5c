using System.CommandLine;
using PermanenciaAnalytics.Bench.Load;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>bench</c>: measurements as commands, not timed tests; thin entry points over the Bench project. <c>bench generate</c> times the synthetic extract writer;
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
            GeneratorBenchmark.Run(parseResult.GetValue(rows), parseResult.GetValue(students), parseResult.GetValue(keep), parseResult.InvocationConfiguration.Output);
            return ExitCodes.Success;
        });
        return command;
    }
}
