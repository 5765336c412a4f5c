using System.CommandLine;
using PermanenciaAnalytics.Bench.Load;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>bench load --rows N [--keep]</c>: the loader against <c>sqlite3 .import</c> of the same synthetic extract
/// (<see cref="LoadBenchmark"/>, in the Bench project).
/// </summary>
internal static partial class BenchCommand
{
    static partial void AddLoadCommand(Command bench, GlobalOptions globals)
    {
        var rows = new Option<long>("--rows") { Description = "Filas del extracto sintético.", DefaultValueFactory = _ => 1_000_000 };
        var keep = new Option<bool>("--keep") { Description = "Conservar el extracto y las bases de datos temporales." };
        var command = new Command("load", "Mide la carga de un extracto SIMAT sintético frente a sqlite3 .import.") { rows, keep };
        command.SetAction(parseResult => LoadBenchmark.Run(parseResult.GetValue(rows), parseResult.GetValue(keep),
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error)
            ? ExitCodes.Success
            : ExitCodes.InputRefused);
        bench.Subcommands.Add(command);
    }
}
