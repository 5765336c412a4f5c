using System.CommandLine;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Indicators.Suppression;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>publish --year Y [--month M] --out DIR</c>: charts, HTML and CSV/XLSX per institution plus the municipal report,
/// in <c>DIR/YYYY-MM/</c>, through <see cref="PublicationService"/> (the monthly job calls the same service). Indicators
/// come from the <see cref="IIndicatorReader"/> factory, the adapter over the indicators engine (see CommandCatalog).
/// </summary>
internal static class PublishCommand
{
    public static Command Create(GlobalOptions globals, Func<DatabaseTarget, IIndicatorReader> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var year = new Option<int>("--year") { Description = "Año escolar a publicar.", Required = true };
        var month = new Option<int?>("--month") { Description = "Mes de corte de la publicación (1–12); por defecto el mes del último corte SIMAT del año (el del último recompute)." };
        var output = new Option<string>("--out") { Description = "Carpeta raíz de las publicaciones (se crea DIR/AAAA-MM).", Required = true };
        var minCell = new Option<int>("--min-cell") { Description = "Grupos con menos de N estudiantes matriculados se reservan (por defecto 5).", DefaultValueFactory = _ => SmallCellSuppressor.DefaultMinCell };
        var deadline = new Option<DateOnly?>("--deadline") { Description = "Fecha límite de los planes (AAAA-MM-DD); por defecto el 14 de agosto." };
        var command = new DatabaseCommand("publish", "Publica gráficos e informes por institución y el consolidado municipal.");
        command.Options.Add(year);
        command.Options.Add(month);
        command.Options.Add(output);
        command.Options.Add(minCell);
        command.Options.Add(deadline);
        command.SetAction(parseResult =>
        {
            var target = globals.ResolveDatabase(parseResult);
            var selectedMonth = parseResult.GetValue(month);
            if (selectedMonth is < 1 or > 12)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"El mes {selectedMonth} no es válido; use un número de 1 a 12.");
                return ExitCodes.UsageError;
            }

            var request = new PublicationRequest(parseResult.GetValue(year), selectedMonth, parseResult.GetValue(output)!)
            {
                SmallCellThreshold = parseResult.GetValue(minCell),
                Deadline = parseResult.GetValue(deadline),
            };
            StaleOutcomesNotice.RecomputeIfStale(target, request.Year, parseResult.InvocationConfiguration.Error);
            var outcome = PublicationService.Publish(target, request, indicators(target));
            if (!outcome.Published)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(outcome.Message);
                return ExitCodes.UsageError;
            }

            parseResult.InvocationConfiguration.Output.WriteLine(outcome.Message);
            return ExitCodes.Success;
        });
        return command;
    }
}
