using System.CommandLine;
using PermanenciaAnalytics.Reports.Plans;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary><c>plan template --out DIR</c> writes the plan template; <c>plan load</c> is the same as <c>load plan</c>.</summary>
internal static class PlanCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var command = new Command("plan", "Plantilla y cargue de los Planes Institucionales de Permanencia Escolar.");
        command.Subcommands.Add(CreateTemplate());
        command.Subcommands.Add(LoadPlanCommand.Create(globals, "load"));
        return command;
    }

    private static Command CreateTemplate()
    {
        var output = new Option<string>("--out")
        {
            Description = "Carpeta donde escribir la plantilla (CSV por parte y un libro XLSX).",
            Required = true,
        };
        var command = new Command("template", "Escribe la plantilla del plan: un CSV por parte (;, UTF-8) y un libro XLSX con listas de validación.");
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var folder = parseResult.GetValue(output)!;
            var files = PlanTemplateWriter.Write(folder);
            parseResult.InvocationConfiguration.Output.WriteLine($"Plantilla del plan escrita en {folder}: {string.Join(", ", files.Select(Path.GetFileName))}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
