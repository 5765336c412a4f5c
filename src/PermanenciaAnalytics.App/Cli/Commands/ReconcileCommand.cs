using System.CommandLine;
using System.Globalization;
using PermanenciaAnalytics.App.Output;
using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Reports.Simpade;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>reconcile --year Y [--format …]</c>: SIMAT dropouts (rule 5) against SIMPADE (rule 8), by person per institution
/// when SIMPADE has identity, else by institution × grade × month; the mode used goes to stderr, so the data stays clean.
/// </summary>
internal static class ReconcileCommand
{
    private static readonly CultureInfo Human = CultureInfo.GetCultureInfo("es-CO");

    private static readonly ReportColumn<ReconciliationRow>[] Columns =
    [
        new("institution_dane", "Institución (DANE)", r => r.InstitutionDane, r => r.InstitutionDane),
        new("in_both", "En ambos", r => N(r.InBoth), r => r.InBoth.ToString("N0", Human), Numeric: true),
        new("only_simpade", "Solo SIMPADE", r => N(r.OnlySimpade), r => r.OnlySimpade.ToString("N0", Human), Numeric: true),
        new("only_simat", "Solo SIMAT", r => N(r.OnlySimat), r => r.OnlySimat.ToString("N0", Human), Numeric: true),
    ];

    private static readonly ReportColumn<ReconciliationCell>[] CellColumns =
    [
        new("institution_dane", "Institución (DANE)", c => c.InstitutionDane, c => c.InstitutionDane),
        new("grade", "Grado", c => c.Grade?.ToString(CultureInfo.InvariantCulture), c => c.Grade is { } g ? GradeCatalog.DisplayName(g) : "sin dato"),
        new("month", "Mes", c => c.Month?.ToString(CultureInfo.InvariantCulture), c => c.Month is { } m ? Human.DateTimeFormat.GetMonthName(m) : "sin dato"),
        new("simat", "Desertores SIMAT", c => N(c.Simat), c => c.Simat.ToString("N0", Human), Numeric: true),
        new("simpade", "Desertores SIMPADE", c => N(c.Simpade), c => c.Simpade.ToString("N0", Human), Numeric: true),
        new("difference", "Diferencia (SIMPADE − SIMAT)", c => N(c.Difference), c => c.Difference.ToString("N0", Human), Numeric: true),
    ];

    public static Command Create(GlobalOptions globals)
    {
        var year = CommonOptions.Year();
        var format = CommonOptions.Format();
        var command = new DatabaseCommand("reconcile",
            "Cruza los desertores SIMAT (regla 5) con SIMPADE: por persona (en ambos, solo SIMPADE, solo SIMAT) si SIMPADE trae PER_ID o documento; si no, por institución × grado × mes.");
        command.Options.Add(year);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var selectedYear = parseResult.GetValue(year);
            var error = parseResult.InvocationConfiguration.Error;
            var output = parseResult.InvocationConfiguration.Output;
            var formatName = parseResult.GetValue(format) ?? "table";
            var database = globals.ResolveDatabase(parseResult);
            StaleOutcomesNotice.RecomputeIfStale(database, selectedYear, error);
            var reconciliation = SimpadeReconciler.Run(database, selectedYear);
            if (reconciliation.Mode == ReconciliationMode.ByCell)
            {
                error.WriteLine("Cruce por institución × grado × mes: el extracto SIMPADE no trae PER_ID ni documento, así que no se compara persona a persona.");
                WriteOrWarn(error, selectedYear, reconciliation.ByCell.Count);
                ReportWriter.Write(output, formatName, CellColumns, reconciliation.ByCell);
            }
            else
            {
                error.WriteLine("Cruce por persona (PER_ID o documento).");
                WriteOrWarn(error, selectedYear, reconciliation.ByPerson.Count);
                ReportWriter.Write(output, formatName, Columns, reconciliation.ByPerson);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteOrWarn(TextWriter error, int year, int rows)
    {
        if (rows == 0)
        {
            error.WriteLine($"Sin datos para {year}: ejecute 'recompute' y cargue SIMPADE.");
        }
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
