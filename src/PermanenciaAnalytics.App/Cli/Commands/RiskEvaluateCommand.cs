using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PermanenciaAnalytics.App.Output;
using PermanenciaAnalytics.Reports.Risk;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>risk evaluate --train-year A --test-year B [--as-of MM-DD] [--format table|json]</c> (docs/design.md §6,
/// docs/early-warning.md): calibrate on A, score B as of its cut nearest the as-of date, report on B's outcomes.
/// </summary>
internal static class RiskEvaluateCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var train = new Option<int>("--train-year") { Description = "Año en el que se calibra (sus resultados son conocidos).", Required = true };
        var test = new Option<int>("--test-year") { Description = "Año que se evalúa.", Required = true };
        var asOf = new Option<string>("--as-of")
        {
            Description = "Fecha MM-DD: se usa el corte más cercano de cada año (por defecto 06-30).",
            DefaultValueFactory = _ => "06-30",
        };
        var format = new Option<string>("--format") { Description = "table (es-CO) o json.", DefaultValueFactory = _ => "table" }
            .AcceptOnlyFromAmong("table", "json");
        var command = new DatabaseCommand("evaluate", "Valida el índice de riesgo: calibra en un año y mide en otro (AUC, precisión, equidad por grupo).")
        {
            train, test, asOf, format,
        };
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var text = parseResult.GetValue(asOf) ?? "06-30";
            if (!DateOnly.TryParseExact("2000-" + text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                error.WriteLine($"La opción --as-of espera MM-DD (p. ej. 06-30) y recibió '{text}'.");
                return ExitCodes.UsageError;
            }

            var database = globals.ResolveDatabase(parseResult);
            var trainYear = parseResult.GetValue(train);
            var testYear = parseResult.GetValue(test);
            StaleOutcomesNotice.RecomputeIfStale(database, trainYear, error);
            StaleOutcomesNotice.RecomputeIfStale(database, testYear, error);
            var clock = Stopwatch.StartNew();
            RiskEvaluation evaluation;
            try
            {
                evaluation = RiskEvaluator.Evaluate(database, trainYear, testYear, date.Month, date.Day);
            }
            catch (InvalidOperationException ex)
            {
                error.WriteLine(ex.Message);
                return ExitCodes.InputRefused;
            }

            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                RiskEvaluationWriter.WriteJson(output, evaluation);
            }
            else
            {
                RiskEvaluationWriter.WriteTable(output, evaluation);
            }

            error.WriteLine(string.Create(CultureInfo.GetCultureInfo("es-CO"), $"Evaluación en {clock.Elapsed.TotalSeconds:N1} s."));
            return ExitCodes.Success;
        });
        return command;
    }
}
