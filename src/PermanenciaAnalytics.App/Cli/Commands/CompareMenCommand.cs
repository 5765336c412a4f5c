using System.CommandLine;
using System.Globalization;
using Dapper;
using PermanenciaAnalytics.App.Output;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Official;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Reports.Official;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>compare men --file F [--municipality CODE] [--format csv|table|json]</c> (docs/design.md §6): reads MEN's published
/// statistics file, stores the municipality's rates (<c>men_published_rate</c>, shown by the dashboard) and prints them
/// beside ours. A file it cannot read is refused (exit 2) and nothing is stored.
/// </summary>
internal static class CompareMenCommand
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(CompareMenCommand).Assembly);

    public static Command Create(GlobalOptions globals)
    {
        var file = new Option<string>("--file") { Description = "CSV de estadísticas del MEN por municipio (datos.gov.co nudc-7mev) o por departamento.", Required = true };
        var municipality = new Option<string?>("--municipality") { Description = "Código DIVIPOLA del municipio (5 dígitos); por defecto, el de las instituciones cargadas." };
        var format = CommonOptions.Format();
        var command = new DatabaseCommand("men", "La serie de deserción publicada por el MEN al lado de la nuestra, por año y nivel.") { file, municipality, format };
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var asked = parseResult.GetValue(municipality)?.Trim();
            if (asked is not null && !DaneMunicipality.IsCode(asked))
            {
                error.WriteLine($"--municipality '{asked}' no es un código DIVIPOLA de municipio (5 dígitos, p. ej. 54001).");
                return ExitCodes.UsageError;
            }

            var database = globals.ResolveDatabase(parseResult);
            foreach (var year in LoadedYears(database))
            {
                StaleOutcomesNotice.RecomputeIfStale(database, year, error);
            }

            var loaded = LoadedMunicipalities.Read(database);
            var code = asked ?? (loaded.Count == 1 ? loaded[0] : null);
            if (code is null)
            {
                error.WriteLine(loaded.Count == 0
                    ? "No hay instituciones con resultados calculados de las que tomar el municipio; indique --municipality CÓDIGO (p. ej. 54001)."
                    : $"Hay instituciones de varios municipios ({string.Join(", ", loaded)}); indique cuál comparar con --municipality.");
                return ExitCodes.UsageError;
            }

            var path = parseResult.GetValue(file)!;
            MenPublishedSeries series;
            try
            {
                series = MenPublishedSeries.Read(path, code);
            }
            catch (MenFileRefusedException ex)
            {
                error.WriteLine(ex.Message);
                return ExitCodes.InputRefused;
            }

            var stored = MenPublishedRateStore.Replace(database, series, Path.GetFileName(path), TimeProvider.System.GetUtcNow().UtcDateTime);
            var engine = new IndicatorEngine(database);
            var rows = MenComparison.Build(series.Rates, year => series.Kind == MenTerritoryKind.Municipality
                ? OurMunicipalRates.Read(engine, year, code, loaded)
                : new Dictionary<string, IndicatorRow>());
            error.WriteLine(Summary(series, stored, rows, code));
            var chosen = parseResult.GetValue(format) ?? "table";
            ReportWriter.Write(parseResult.InvocationConfiguration.Output, chosen, chosen == "table" ? CompareMenColumns.Table : CompareMenColumns.Machine, rows);
            return ExitCodes.Success;
        });
        return command;
    }

    private static List<int> LoadedYears(DatabaseTarget database)
    {
        using var connection = database.Open();
        return connection.Query<long>(Scripts.Read(database.Dialect, "Web", "LoadedYears")).Select(y => (int)y).ToList();
    }

    private static string Summary(MenPublishedSeries series, int stored, IReadOnlyList<MenComparisonRow> rows, string code)
    {
        var years = rows.Select(r => r.Year).Distinct().ToList();
        var territory = series.Kind == MenTerritoryKind.Department ? $"el departamento {series.TerritoryCode}" : $"el municipio {series.TerritoryCode}";
        var held = rows.Where(r => r.OurRate is not null).Select(r => r.Year).Distinct().ToList();
        var ours = series.Kind == MenTerritoryKind.Department
            ? $"la serie es departamental y nuestras tasas son las del municipio {code}, así que no se ponen al lado"
            : held.Count == 0
                ? "no tenemos resultados de ninguno de esos años"
                : $"nuestras tasas (SIMAT intra-anual) cubren {string.Join(", ", held)}";
        return string.Create(CultureInfo.InvariantCulture,
            $"Se guardaron {stored} tasas publicadas por el MEN para {territory}{Name(series)}, años {years[0]}–{years[^1]}; {ours}.");
    }

    private static string Name(MenPublishedSeries series) => series.TerritoryName is { } name ? $" ({name})" : "";
}
