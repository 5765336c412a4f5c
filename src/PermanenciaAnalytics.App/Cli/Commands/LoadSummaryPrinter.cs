using System.Globalization;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Etl.Validation;
using Spectre.Console;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>The human load summary: a Spanish table with es-CO numbers, then per file its rejects by reason and CSV path.</summary>
internal static class LoadSummaryPrinter
{
    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    public static void Write(TextWriter output, IReadOnlyList<LoadSummary> summaries)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            console.Profile.Width = 160; // redirected output has no terminal width; keep the table on one line per file
        }

        var table = new Table().Title("Resumen de carga")
            .AddColumns("Archivo", "Tipo", "Corte", "Estado", "Leídas", "Cargadas", "Rechazadas", "Duplicados", "Advertencias", "Segundos");
        foreach (var s in summaries)
        {
            table.AddRow(
                Markup.Escape(s.File),
                KindText(s.Kind),
                s.Cut?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—",
                StatusText(s.Status),
                Number(s.RowsRead),
                Number(s.RowsLoaded),
                Number(s.RowsRejected),
                Number(s.Duplicates),
                Number(s.Warnings),
                s.Seconds.ToString("N2", Colombia));
        }

        console.Write(table);
        foreach (var s in summaries)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(s.File)}[/]: {Markup.Escape(s.Message)}");
            if (s.RejectedByReason.Count > 0)
            {
                var reasons = new Table().AddColumns("Motivo de rechazo", "Código", "Filas");
                foreach (var (reason, count) in s.RejectedByReason.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
                {
                    reasons.AddRow(Markup.Escape(RejectReasonLabels.Spanish(reason)), Markup.Escape(reason), Number(count));
                }

                console.Write(reasons);
            }

            if (s.RejectsPath is not null)
            {
                console.MarkupLine($"Filas rechazadas y advertencias: {Markup.Escape(Path.GetFullPath(s.RejectsPath))}");
            }
        }
    }

    private static string Number(long value) => value.ToString("N0", Colombia);

    private static string KindText(ExtractKind kind) => kind switch
    {
        ExtractKind.Simat => "SIMAT",
        ExtractKind.Simpade => "SIMPADE",
        ExtractKind.Plan => "Plan",
        _ => "Desconocido",
    };

    private static string StatusText(LoadStatus status) => status switch
    {
        LoadStatus.Loaded => "[green]cargado[/]",
        LoadStatus.SkippedDuplicate => "[yellow]ya cargado[/]",
        _ => "[red]rechazado[/]",
    };
}
