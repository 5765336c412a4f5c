using System.CommandLine;
using System.Globalization;
using PermanenciaAnalytics.Bench.Indicators;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>bench-indicators [--students N] [--cuts N] [--institutions N]</c> (hidden): synthetic year in a temporary SQLite
/// file; times recompute (goal ≤ 3 s for 110,000 × 10) and every indicator query (goal ≤ 0.5 s) against a sqlite3 baseline.
/// </summary>
internal static class BenchIndicatorsCommand
{
    public static Command Create()
    {
        var students = new Option<int>("--students") { Description = "Estudiantes sintéticos.", DefaultValueFactory = _ => 110_000 };
        var cuts = new Option<int>("--cuts") { Description = "Cortes del año.", DefaultValueFactory = _ => 10 };
        var institutions = new Option<int>("--institutions") { Description = "Instituciones.", DefaultValueFactory = _ => 60 };
        var command = new Command("bench-indicators", "Mide recompute e indicadores sobre datos sintéticos (SQLite temporal).") { Hidden = true };
        command.Options.Add(students);
        command.Options.Add(cuts);
        command.Options.Add(institutions);
        var keep = new Option<string?>("--keep-in") { Description = "Carpeta donde dejar la base sintética (para inspeccionarla)." };
        command.Options.Add(keep);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(students) < 1 || parseResult.GetValue(cuts) is < 2 or > 12 || parseResult.GetValue(institutions) < 1)
            {
                parseResult.InvocationConfiguration.Error.WriteLine("--students ≥ 1, --cuts entre 2 y 12 e --institutions ≥ 1.");
                return ExitCodes.UsageError;
            }

            IndicatorBenchmark.Run(parseResult.GetValue(students), parseResult.GetValue(cuts), parseResult.GetValue(institutions), step =>
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{step.Name,-70} wall {step.Elapsed.TotalMilliseconds,8:F0} ms  cpu {step.Cpu.TotalMilliseconds,8:F0} ms  rows={step.Rows}")), parseResult.GetValue(keep));
            return ExitCodes.Success;
        });
        return command;
    }
}
