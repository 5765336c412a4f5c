using System.CommandLine;
using System.Globalization;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>load simat|simpade|auto &lt;files…&gt; [--cut D] [--max-reject-pct P] [--format table|json] [--rejects-dir DIR]</c>:
/// validates and loads extracts, one transaction per file, and prints one summary per file. Exit code 2 when any
/// file was refused. Never prints row values (names, documents, phones, addresses).
/// </summary>
internal static class LoadCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var command = new Command("load", "Valida y carga extractos SIMAT o SIMPADE (una transacción por archivo).");
        command.Subcommands.Add(CreateKind(globals, "simat", ExtractKind.Simat, "Carga extractos de matrícula SIMAT (plano de 54 columnas, detallado, Anexo 6A)."));
        command.Subcommands.Add(CreateKind(globals, "simpade", ExtractKind.Simpade, "Carga extractos de desertores SIMPADE."));
        command.Subcommands.Add(CreateKind(globals, "auto", ExtractKind.Auto, "Detecta el tipo de cada archivo por su encabezado y lo carga."));
        command.Subcommands.Add(LoadPlanCommand.Create(globals));
        return command;
    }

    private static DatabaseCommand CreateKind(GlobalOptions globals, string name, ExtractKind kind, string description)
    {
        var files = new Argument<string[]>("archivos") { Description = "Archivos CSV/TXT a cargar.", Arity = ArgumentArity.OneOrMore };
        var cut = new Option<string?>("--cut") { Description = "Fecha de corte AAAA-MM-DD (SIMAT); si falta, se toma de FECHA_CORTE o del nombre del archivo." };
        var maxReject = new Option<decimal>("--max-reject-pct")
        {
            Description = "Porcentaje máximo de filas rechazadas; por encima, el archivo se rechaza entero.",
            DefaultValueFactory = _ => 10m,
        };
        var format = new Option<string>("--format") { Description = "Formato del resumen: table o json (una línea por archivo).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var rejectsDir = new Option<string>("--rejects-dir") { Description = "Carpeta de los CSV de filas rechazadas.", DefaultValueFactory = _ => "data/rejects" };

        var command = new DatabaseCommand(name, description) { files, cut, maxReject, format, rejectsDir };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            DateOnly? cutDate = null;
            var cutText = parseResult.GetValue(cut);
            if (cutText is not null)
            {
                if (!DateOnly.TryParseExact(cutText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    error.WriteLine($"La fecha de corte '{cutText}' no es válida; use el formato AAAA-MM-DD.");
                    return ExitCodes.UsageError;
                }

                cutDate = parsed;
            }

            var options = new LoadOptions
            {
                Cut = cutDate,
                MaxRejectPercent = parseResult.GetValue(maxReject),
                RejectsFolder = parseResult.GetValue(rejectsDir) ?? "data/rejects",
            };
            var json = parseResult.GetValue(format) == "json";
            var target = globals.ResolveDatabase(parseResult);
            var loader = new ExtractLoader(target, options);
            var paths = parseResult.GetValue(files) ?? [];
            var window = kind != ExtractKind.Simpade && BulkLoadWindow.OpenIfWorthIt(target, paths.Length, paths.Where(File.Exists).Sum(p => new FileInfo(p).Length));
            IReadOnlyList<LoadSummary> summaries;
            try
            {
                summaries = LoadProgressDisplay.LoadAll(loader, paths, kind, output);
            }
            finally
            {
                if (window)
                {
                    BulkLoadWindow.Close(target);
                }
            }

            foreach (var summary in summaries.Where(s => s.Status == LoadStatus.Refused))
            {
                error.WriteLine(summary.Message);
            }

            if (json)
            {
                LoadSummaryJson.Write(output, summaries);
            }
            else
            {
                LoadSummaryPrinter.Write(output, summaries);
            }

            return summaries.Any(s => s.Status == LoadStatus.Refused) ? ExitCodes.InputRefused : ExitCodes.Success;
        });
        return command;
    }
}
