using System.CommandLine;
using System.Globalization;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Plans;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>load plan &lt;files…&gt;</c>: validates and loads Planes de Permanencia (XLSX, or the CSV set of a folder). Each plan
/// loads whole, replacing the previous version of that institution and year, or not at all (exit code 2).
/// </summary>
internal static class LoadPlanCommand
{
    public static Command Create(GlobalOptions globals, string name = "plan")
    {
        var paths = new Argument<string[]>("archivos")
        {
            Description = "Libro .xlsx del plan, carpeta con los CSV de la plantilla, o los CSV mismos.",
            Arity = ArgumentArity.OneOrMore,
        };
        var deadline = new Option<DateOnly?>("--deadline")
        {
            Description = "Fecha límite de radicación (AAAA-MM-DD); por defecto el 14 de agosto del año del plan.",
        };
        var command = new DatabaseCommand(name, "Valida y carga planes de permanencia escolar (plantilla CSV o XLSX).");
        command.Arguments.Add(paths);
        command.Options.Add(deadline);
        command.SetAction(parseResult =>
        {
            var target = globals.ResolveDatabase(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            // The receipt instant decides on time / late (UTC, like the web and the inbox; never the workbook's date).
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var results = PlanLoader.Load(target, parseResult.GetValue(paths)!, DateOnly.FromDateTime(now), now);
            var refused = 0;
            foreach (var result in results)
            {
                if (result.Duplicate)
                {
                    output.WriteLine($"El plan {result.Source} ya estaba cargado (mismo contenido, mismo SHA-256); no se cambió nada.");
                    continue;
                }

                if (result.Plan is { } plan)
                {
                    var due = parseResult.GetValue(deadline) ?? PlanSubmission.DefaultDeadline(plan.Year);
                    var status = PlanSubmission.Label(PlanSubmission.StatusOf(plan.SubmittedOn, due));
                    output.WriteLine(string.Create(CultureInfo.CurrentCulture,
                        $"Plan cargado: institución {plan.InstitutionDane}, año {plan.Year} ({result.Source}): {plan.RiskFactors.Count} factores de riesgo, {plan.ProtectiveFactors.Count} factores protectores, {plan.Strategies.Count} estrategias, {plan.Targets.Count} metas, {plan.FollowUps.Count} seguimientos; radicado el {plan.SubmittedOn:yyyy-MM-dd} ({status.ToLowerInvariant()}){Declared(plan)}."));
                    continue;
                }

                refused++;
                foreach (var cellError in result.Errors)
                {
                    error.WriteLine(cellError.ToString());
                }

                error.WriteLine($"El plan {result.Source} fue rechazado y no se cargó nada: {result.Errors.Count} error(es); el primero: {result.Errors[0]}.");
            }

            return refused == 0 ? ExitCodes.Success : ExitCodes.InputRefused;
        });
        return command;
    }

    private static string Declared(InstitutionPlan plan) =>
        plan.DeclaredOn is { } declared && declared != plan.SubmittedOn
            ? string.Create(CultureInfo.InvariantCulture, $"; fecha declarada en el libro: {declared:yyyy-MM-dd}")
            : string.Empty;
}
