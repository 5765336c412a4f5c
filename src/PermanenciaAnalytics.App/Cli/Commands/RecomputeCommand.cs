using System.CommandLine;
using System.Globalization;
using PermanenciaAnalytics.Reports.Outcomes;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary><c>recompute --year Y [--until D]</c>: rebuild the student-year outcomes of one year (docs/design.md §5).</summary>
internal static class RecomputeCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var year = CommonOptions.Year();
        var until = new Option<string?>("--until") { Description = "Tratar como corte final el último corte en o antes de esta fecha (AAAA-MM-DD)." };
        var command = new DatabaseCommand("recompute", "Recalcula los resultados por estudiante y año (matrícula atribuida, deserción, traslados).");
        command.Options.Add(year);
        command.Options.Add(until);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!CommonOptions.TryParseDate(parseResult.GetValue(until), "--until", out var untilDate, out var message))
            {
                error.WriteLine(message);
                return ExitCodes.UsageError;
            }

            var result = OutcomeRecomputer.Recompute(globals.ResolveDatabase(parseResult), parseResult.GetValue(year), untilDate);
            if (result.Cuts == 0)
            {
                error.WriteLine($"No hay cortes SIMAT cargados para {result.Year}{(untilDate is null ? "" : " hasta " + untilDate.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}; no se calculó nada.");
                return ExitCodes.UsageError;
            }

            var culture = CultureInfo.GetCultureInfo("es-CO");
            output.WriteLine(string.Create(culture,
                $"Año {result.Year}: {result.Cuts} cortes (final {result.FinalCut:yyyy-MM-dd}), {result.Students:N0} estudiantes, {result.StudentsInUniverse:N0} en el universo, {result.Dropouts:N0} desertores, {result.TransfersOut:N0} traslados (de ellos {result.MotiveTransfers:N0} por motivo de retiro), {result.Deaths:N0} fallecimientos; tabla de motivos versión {result.MotiveVersion}; {result.Elapsed.TotalSeconds:N2} s."));
            return ExitCodes.Success;
        });
        return command;
    }
}
