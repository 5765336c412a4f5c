using System.CommandLine;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Schema;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Reports.Indicators.Suppression;
using PermanenciaAnalytics.Reports.Matching;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>publish --year Y [--month M] --out DIR</c>: charts, HTML and CSV/XLSX per institution plus the municipal report,
/// in <c>DIR/YYYY-MM/</c>. Indicators come from the <see cref="IIndicatorReader"/> factory, the adapter over the indicators engine,
/// which is why this command is registered by whoever owns that adapter (see CommandCatalog).
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
        var command = new Command("publish", "Publica gráficos e informes por institución y el consolidado municipal.");
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

            SchemaMigrator.Migrate(target);
            if (selectedMonth is { } asked && PublicationMonth.Refusal(target, parseResult.GetValue(year), asked) is { } refusal)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(refusal);
                return ExitCodes.UsageError;
            }

            var due = parseResult.GetValue(deadline);
            var options = due is { } fixedDate ? MatchingOptions.Default with { Deadline = _ => fixedDate } : MatchingOptions.Default;
            // Read already suppressed (jointly over every table), so the matching and month path see only published counts.
            var threshold = parseResult.GetValue(minCell);
            var source = JointIndicatorSuppression.Over(indicators(target), threshold);
            var input = new PublicationInputBuilder(target, source, options).Build(parseResult.GetValue(year), selectedMonth)
                with { SmallCellThreshold = threshold, RowsSuppressed = true };
            var folder = Publisher.Publish(input, parseResult.GetValue(output)!);
            var missing = input.Institutions.Count(i => i.Match.Submission == PlanSubmissionStatus.Missing);
            parseResult.InvocationConfiguration.Output.WriteLine(
                $"Publicación escrita en {folder}: {input.Institutions.Count} instituciones ({missing} sin plan). Abra {Path.Combine(folder, "index.html")}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
