using System.CommandLine;
using System.Globalization;
using PermanenciaAnalytics.App.Output;
using PermanenciaAnalytics.Reports.Quality;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary><c>quality --year Y [--format …]</c>: data-quality counts of the year's SIMAT cuts (no personal data).</summary>
internal static class QualityCommand
{
    private static readonly CultureInfo Human = CultureInfo.GetCultureInfo("es-CO");

    private static readonly Dictionary<string, string> CheckNames = new(StringComparer.Ordinal)
    {
        [QualityReport.Duplicates] = "Estudiantes con filas duplicadas en el corte",
        [QualityReport.TwoInstitutions] = "Estudiantes matriculados en dos instituciones",
        [QualityReport.GradeJumps] = "Saltos de más de un grado",
        [QualityReport.EnrollmentDrops] = "Caída de matrícula > 10 %",
        [QualityReport.MissingInstitutions] = "Institución ausente del corte",
    };

    private static readonly ReportColumn<QualityFinding>[] Columns =
    [
        new("check", "Hallazgo", f => f.Check, f => CheckNames.GetValueOrDefault(f.Check, f.Check)),
        new("cut_date", "Corte", f => f.Cut?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f => f.Cut?.ToString("d", Human)),
        new("institution_dane", "Institución (DANE)", f => f.InstitutionDane, f => f.InstitutionDane),
        new("students", "Estudiantes", f => f.Students.ToString(CultureInfo.InvariantCulture), f => f.Students.ToString("N0", Human), Numeric: true),
        new("previous_students", "Corte anterior", f => f.Previous?.ToString(CultureInfo.InvariantCulture), f => f.Previous?.ToString("N0", Human), Numeric: true),
    ];

    public static Command Create(GlobalOptions globals)
    {
        var year = CommonOptions.Year();
        var format = CommonOptions.Format();
        var command = new DatabaseCommand("quality", "Calidad de datos SIMAT del año: duplicados, dos instituciones, saltos de grado, caídas de matrícula, instituciones ausentes.");
        command.Options.Add(year);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var findings = QualityReport.Run(globals.ResolveDatabase(parseResult), parseResult.GetValue(year));
            ReportWriter.Write(parseResult.InvocationConfiguration.Output, parseResult.GetValue(format) ?? "table", Columns, findings);
            if (findings.Count == 0)
            {
                parseResult.InvocationConfiguration.Output.WriteLine("Sin hallazgos.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
