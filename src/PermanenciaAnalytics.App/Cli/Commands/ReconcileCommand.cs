using System.CommandLine;
using System.Globalization;
using PermanenciaAnalytics.App.Output;
using PermanenciaAnalytics.Reports.Simpade;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary><c>reconcile --year Y [--format …]</c>: SIMAT dropouts (rule 5) against SIMPADE per institution (rule 8).</summary>
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

    public static Command Create(GlobalOptions globals)
    {
        var year = CommonOptions.Year();
        var format = CommonOptions.Format();
        var command = new DatabaseCommand("reconcile", "Cruza los desertores SIMAT (regla 5) con SIMPADE por institución: en ambos, solo SIMPADE, solo SIMAT.");
        command.Options.Add(year);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var rows = SimpadeReconciler.Reconcile(globals.ResolveDatabase(parseResult), parseResult.GetValue(year));
            if (rows.Count == 0)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"Sin datos para {parseResult.GetValue(year)}: ejecute 'recompute' y cargue SIMPADE.");
            }

            ReportWriter.Write(parseResult.InvocationConfiguration.Output, parseResult.GetValue(format) ?? "table", Columns, rows);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
