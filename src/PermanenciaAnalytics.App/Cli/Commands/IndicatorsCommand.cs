using System.CommandLine;
using PermanenciaAnalytics.App.Output;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Reports.Indicators.Suppression;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>indicators --year Y --by DIMS [--split S] [--format table|csv|json] [--suppress [--min-cell N]]
/// [--measure intraannual|interannual] [--institution DANE] [--reference-date D]</c> (docs/design.md §6).
/// Suppression is off by default: the CLI serves the data owners; publications turn it on.
/// </summary>
internal static class IndicatorsCommand
{
    private static readonly Dictionary<string, IndicatorDimension> Dimensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["institution"] = IndicatorDimension.Institution,
        ["institution,grade"] = IndicatorDimension.InstitutionGrade,
        ["sede"] = IndicatorDimension.Sede,
        ["level"] = IndicatorDimension.Level,
        ["municipality"] = IndicatorDimension.Municipality,
        ["month"] = IndicatorDimension.Month,
        ["municipality,month"] = IndicatorDimension.MunicipalityMonth,
    };

    public static Command Create(GlobalOptions globals)
    {
        var year = CommonOptions.Year();
        var by = new Option<string>("--by") { Description = "Agrupación: institution, institution,grade, sede, level, municipality, month o municipality,month.", Required = true };
        var split = new Option<string?>("--split") { Description = "Desagregación (una columna más): " + string.Join(", ", IndicatorSplit.Names) + "." };
        split.AcceptOnlyFromAmong([.. IndicatorSplit.Names]);
        var format = CommonOptions.Format();
        var suppress = new Option<bool>("--suppress") { Description = "Suprime celdas pequeñas (con supresión complementaria), como en las publicaciones." };
        var minCell = new Option<int>("--min-cell") { Description = "Umbral de supresión (por defecto 5).", DefaultValueFactory = _ => SmallCellSuppressor.DefaultMinCell };
        var measure = new Option<string>("--measure") { Description = "intraannual (por defecto) o interannual.", DefaultValueFactory = _ => "intraannual" };
        measure.AcceptOnlyFromAmong("intraannual", "interannual");
        var institution = new Option<string?>("--institution") { Description = "Solo esta institución (código DANE)." };
        var source = new Option<string>("--source") { Description = "De dónde salen los desertores: simat (por defecto, el motor) o simpade (desertores SIMPADE sobre los matriculados SIMAT).", DefaultValueFactory = _ => "simat" };
        source.AcceptOnlyFromAmong("simat", "simpade");
        var sector = new Option<string?>("--sector") { Description = "oficial (por defecto cuando se cargó SECTOR, como las series del MEN), no_oficial o all." };
        sector.AcceptOnlyFromAmong([.. IndicatorSectors.Names]);
        var reference = new Option<string?>("--reference-date") { Description = "Fecha de referencia de la edad para extraedad (por defecto 30 de junio del año)." };
        var command = new DatabaseCommand("indicators", "Tasas de deserción y traslados por institución, sede, grado, nivel, municipio o mes.");
        foreach (var option in new Option[] { year, by, split, format, suppress, minCell, measure, institution, reference, sector, source })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var byText = (parseResult.GetValue(by) ?? "").Replace(" ", "", StringComparison.Ordinal);
            if (!Dimensions.TryGetValue(byText, out var dimension))
            {
                error.WriteLine($"--by '{byText}' no es válido; use {string.Join(" | ", Dimensions.Keys)}.");
                return ExitCodes.UsageError;
            }

            if (!CommonOptions.TryParseDate(parseResult.GetValue(reference), "--reference-date", out var referenceDate, out var message))
            {
                error.WriteLine(message);
                return ExitCodes.UsageError;
            }

            var minimum = parseResult.GetValue(minCell);
            if (minimum < 1)
            {
                error.WriteLine("--min-cell debe ser 1 o mayor.");
                return ExitCodes.UsageError;
            }

            var request = new IndicatorRequest(
                parseResult.GetValue(year),
                dimension,
                parseResult.GetValue(split),
                parseResult.GetValue(institution),
                parseResult.GetValue(measure) == "interannual" ? IndicatorMeasure.InterAnnual : IndicatorMeasure.IntraAnnual)
            {
                ReferenceDate = referenceDate,
                Sector = IndicatorSectors.Parse(parseResult.GetValue(sector)),
                Source = parseResult.GetValue(source) == "simpade" ? IndicatorSource.Simpade : IndicatorSource.Simat,
            };
            IReadOnlyList<IndicatorRow> rows;
            try
            {
                var database = globals.ResolveDatabase(parseResult);
                StaleOutcomesNotice.RecomputeIfStale(database, request.Year, error);
                var (effective, leavesOut) = new IndicatorEngine(database).EffectiveSector(request.Sector);
                if (leavesOut)
                {
                    error.WriteLine($"Cifras del {IndicatorSectors.Display(effective)} (regla 9); las instituciones de otro sector quedan fuera{(request.Sector is null ? "; --sector all las incluye" : "")}.");
                }
                rows = parseResult.GetValue(suppress)
                    ? Suppressed(database, request, minimum)
                    : new IndicatorEngine(database).Query(request);
            }
            catch (ArgumentException ex)
            {
                error.WriteLine(ex.Message);
                return ExitCodes.UsageError;
            }

            if (rows.Count == 0)
            {
                error.WriteLine(request.Measure == IndicatorMeasure.InterAnnual
                    ? $"Sin datos: la deserción interanual de {request.Year} necesita cortes SIMAT de {request.Year - 1} y de {request.Year}."
                    : $"Sin datos para {request.Year}: cargue cortes SIMAT y ejecute 'recompute --year {request.Year}'.");
            }

            if (request.Split is { } splitName && rows.Count > 0 && rows.All(r => r.Split is null or IndicatorSplit.NoData))
            {
                // A column no loaded layout carries (víctima in the 54-column export) is unknown, not zero.
                error.WriteLine($"Advertencia: ningún archivo cargado de {request.Year} trae el dato de '{splitName}'; todos los estudiantes quedan como '{IndicatorSplit.NoData}'.");
            }

            IndicatorWriter.Write(parseResult.InvocationConfiguration.Output, parseResult.GetValue(format) ?? "table", dimension, request.Split, rows);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The asked table as the publications would show it: every table of the year (and, with a split, the unsplit totals)
    /// is suppressed together, so this output cannot be combined with another <c>--suppress</c> run to recover a cell.
    /// </summary>
    private static IReadOnlyList<IndicatorRow> Suppressed(Etl.Database.DatabaseTarget database, IndicatorRequest request, int minCell)
    {
        IndicatorEngine.Validate(request);

        var joint = new JointIndicatorSuppression(_ => JointIndicatorSuppression.TablesFrom(database, request), minCell);
        return joint.Query(request.Year, request.By, request.InstitutionDane, splitRows: request.Split is not null);
    }
}
