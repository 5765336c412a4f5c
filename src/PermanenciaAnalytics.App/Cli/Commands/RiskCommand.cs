using System.CommandLine;
using System.Globalization;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Output;
using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Risk;
using PermanenciaAnalytics.Reports.Risk;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>risk --year Y [--institution DANE] [--format table|csv|json]</c> (docs/design.md §6): every student MATRICULADO at
/// the year's latest cut with score, band and factors; plus <c>risk evaluate</c> and <c>risk weights</c>.
/// </summary>
internal static class RiskCommand
{
    private static readonly CultureInfo Human = CultureInfo.GetCultureInfo("es-CO");

    private static readonly ReportColumn<RiskListRow>[] Columns =
    [
        new("institution_dane", "Institución (DANE)", r => r.InstitutionDane, r => r.InstitutionDane),
        new("student_key", "Estudiante", r => r.StudentKey, r => r.StudentKey),
        new("grade", "Grado", r => r.Grade.ToString(CultureInfo.InvariantCulture), r => GradeCatalog.DisplayName(r.Grade)),
        new("score", "Puntaje", r => r.Score.ToString(CultureInfo.InvariantCulture), r => r.Score.ToString("N0", Human), Numeric: true),
        new("band", "Banda", r => RiskBandNames.Code(r.Band), r => RiskBandNames.Display(r.Band)),
        new("factors", "Factores", r => string.Join(';', r.Factors), r => string.Join("; ", r.Factors.Select(RiskFactorCatalog.Label))),
    ];

    public static Command Create(GlobalOptions globals)
    {
        var year = new Option<int?>("--year") { Description = "Año lectivo (p. ej. 2025)." };
        var institution = new Option<string?>("--institution") { Description = "Solo esta institución (código DANE)." };
        var format = CommonOptions.Format();
        var command = new DatabaseCommand("risk", "Índice de riesgo de deserción (alerta temprana) de los matriculados en el último corte del año.")
        {
            year, institution, format,
        };
        command.Subcommands.Add(RiskEvaluateCommand.Create(globals));
        command.Subcommands.Add(RiskWeightsCommand.Create(globals));
        command.SetAction(parseResult =>
        {
            if (parseResult.GetValue(year) is not { } chosenYear)
            {
                parseResult.InvocationConfiguration.Error.WriteLine("Falta --year: indique el año lectivo (p. ej. risk --year 2025).");
                return ExitCodes.UsageError;
            }

            var database = globals.ResolveDatabase(parseResult);
            StaleOutcomesNotice.RecomputeIfStale(database, chosenYear - 1, parseResult.InvocationConfiguration.Error);
            var dane = parseResult.GetValue(institution);
            var rows = RiskList.For(database, chosenYear, dane);
            new AuditLog(database, TimeProvider.System).Write("cli:" + Environment.UserName, "operador", "ver_lista_riesgo",
                string.IsNullOrWhiteSpace(dane) ? null : dane.Trim(), chosenYear, string.Create(CultureInfo.InvariantCulture, $"{rows.Count} estudiantes"));
            // One write of the whole list: the console writer flushes on every line, which cost seconds at 100,000 rows.
            using var buffer = new StringWriter(CultureInfo.InvariantCulture);
            ReportWriter.Write(buffer, parseResult.GetValue(format) ?? "table", Columns, rows);
            parseResult.InvocationConfiguration.Output.Write(buffer.ToString());
            return ExitCodes.Success;
        });
        return command;
    }
}
