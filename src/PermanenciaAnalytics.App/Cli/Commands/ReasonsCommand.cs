using System.CommandLine;
using System.Globalization;
using PermanenciaAnalytics.App.Output;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Simpade;
using PermanenciaAnalytics.Reports.Simpade;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>reasons --year Y [--by institution] [--format …]</c>: students per SIMPADE reason and per MEN category; the share
/// is over the SIMPADE desertores of the same scope (a student may give several reasons).
/// </summary>
internal static class ReasonsCommand
{
    private static readonly CultureInfo Human = CultureInfo.GetCultureInfo("es-CO");

    internal sealed record Line(string? InstitutionDane, string Kind, string Code, string Category, long Students, long Dropouts)
    {
        public decimal? Share => DropoutRate.Percent(Students, Dropouts);
    }

    private static readonly ReportColumn<Line>[] Columns =
    [
        new("institution_dane", "Institución (DANE)", l => l.InstitutionDane, l => l.InstitutionDane ?? "Todas"),
        new("kind", "Tipo", l => l.Kind, l => l.Kind == "category" ? "Categoría" : "Razón"),
        new("code", "Razón / categoría", l => l.Code, l => l.Code),
        new("category", "Categoría MEN", l => l.Category, l => l.Category),
        new("students", "Estudiantes", l => l.Students.ToString(CultureInfo.InvariantCulture), l => l.Students.ToString("N0", Human), Numeric: true),
        new("dropouts", "Desertores", l => l.Dropouts.ToString(CultureInfo.InvariantCulture), l => l.Dropouts.ToString("N0", Human), Numeric: true),
        new("share", "% de desertores", l => l.Share?.ToString("0.00", CultureInfo.InvariantCulture), l => l.Share?.ToString("N2", Human), Numeric: true),
    ];

    public static Command Create(GlobalOptions globals)
    {
        var year = CommonOptions.Year();
        var by = new Option<string?>("--by") { Description = "institution: una distribución por institución (por defecto, todas juntas)." };
        by.AcceptOnlyFromAmong("institution");
        var format = CommonOptions.Format();
        var command = new DatabaseCommand("reasons", "Distribución de razones de deserción SIMPADE y de las cuatro categorías MEN.");
        command.Options.Add(year);
        command.Options.Add(by);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var distribution = ReasonQuery.Query(globals.ResolveDatabase(parseResult), parseResult.GetValue(year), parseResult.GetValue(by) == "institution");
            var totals = distribution.Totals.ToDictionary(t => t.InstitutionDane ?? "", t => t.Students, StringComparer.Ordinal);
            long Total(string? institution) => totals.GetValueOrDefault(institution ?? "");
            var lines = distribution.Categories
                .Select(c => new Line(c.InstitutionDane, "category", ReasonCategories.Key(c.Category), ReasonCategories.Display(c.Category), c.Students, Total(c.InstitutionDane)))
                .Concat(distribution.Reasons.Select(r => new Line(r.InstitutionDane, "reason", r.ReasonCode, ReasonCategories.Display(r.Category), r.Students, Total(r.InstitutionDane))))
                .OrderBy(l => l.InstitutionDane, StringComparer.Ordinal)
                .ToList();
            if (lines.Count == 0)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"Sin razones SIMPADE cargadas para {parseResult.GetValue(year)}.");
            }

            ReportWriter.Write(parseResult.InvocationConfiguration.Output, parseResult.GetValue(format) ?? "table", Columns, lines);
            return ExitCodes.Success;
        });
        return command;
    }
}
