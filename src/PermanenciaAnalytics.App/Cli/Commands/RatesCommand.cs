using System.CommandLine;
using System.Globalization;
using PermanenciaAnalytics.App.Output;
using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Reports.Rates;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary><c>rates --year Y --measure extra_edad|repitencia [--reference-date D] [--institution DANE] [--format …]</c>.</summary>
internal static class RatesCommand
{
    private static readonly CultureInfo Human = CultureInfo.GetCultureInfo("es-CO");

    private static readonly ReportColumn<StudentRateRow>[] Columns =
    [
        new("year", "Año", r => r.Year.ToString(CultureInfo.InvariantCulture), r => r.Year.ToString(CultureInfo.InvariantCulture)),
        new("institution_dane", "Institución (DANE)", r => r.InstitutionDane, r => r.InstitutionDane),
        new("grade", "Grado", r => r.Grade.ToString(CultureInfo.InvariantCulture), r => GradeCatalog.DisplayName(r.Grade)),
        new("enrolled", "Matriculados", r => r.Enrolled.ToString(CultureInfo.InvariantCulture), r => r.Enrolled.ToString("N0", Human), Numeric: true),
        new("students", "Estudiantes", r => r.Flagged.ToString(CultureInfo.InvariantCulture), r => r.Flagged.ToString("N0", Human), Numeric: true),
        new("missing", "Sin dato", r => r.Missing.ToString(CultureInfo.InvariantCulture), r => r.Missing.ToString("N0", Human), Numeric: true),
        new("rate", "Tasa (%)", r => r.Rate?.ToString("0.00", CultureInfo.InvariantCulture), r => r.Rate?.ToString("N2", Human), Numeric: true),
    ];

    public static Command Create(GlobalOptions globals)
    {
        var year = CommonOptions.Year();
        var measure = new Option<string>("--measure") { Description = "extra_edad o repitencia.", Required = true };
        measure.AcceptOnlyFromAmong("extra_edad", "repitencia");
        var reference = new Option<string?>("--reference-date") { Description = "Fecha de referencia de la edad (por defecto 30 de junio del año)." };
        var institution = new Option<string?>("--institution") { Description = "Solo esta institución (código DANE)." };
        var format = CommonOptions.Format();
        var command = new DatabaseCommand("rates", "Tasas de extraedad o repitencia por institución y grado.");
        foreach (var option in new Option[] { year, measure, reference, institution, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            if (!CommonOptions.TryParseDate(parseResult.GetValue(reference), "--reference-date", out var referenceDate, out var message))
            {
                parseResult.InvocationConfiguration.Error.WriteLine(message);
                return ExitCodes.UsageError;
            }

            var database = globals.ResolveDatabase(parseResult);
            StaleOutcomesNotice.RecomputeIfStale(database, parseResult.GetValue(year), parseResult.InvocationConfiguration.Error);
            var rows = StudentRateQuery.Query(
                database,
                parseResult.GetValue(year),
                parseResult.GetValue(measure) == "repitencia" ? StudentRateMeasure.Repitencia : StudentRateMeasure.ExtraEdad,
                referenceDate,
                parseResult.GetValue(institution));
            ReportWriter.Write(parseResult.InvocationConfiguration.Output, parseResult.GetValue(format) ?? "table", Columns, rows);
            return ExitCodes.Success;
        });
        return command;
    }
}
