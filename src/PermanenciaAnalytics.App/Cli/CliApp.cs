using System.CommandLine;
using System.Globalization;

namespace PermanenciaAnalytics.App.Cli;

/// <summary>The <c>permanencia</c> command line: one file per command under <c>Cli/Commands</c>.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var globals = new GlobalOptions();
        var root = BuildRoot(globals);
        var configuration = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
        };
        // Human output is es-CO; machine output (csv/json) formats with the invariant culture explicitly.
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("es-CO");
        return await root.Parse(args).InvokeAsync(configuration).ConfigureAwait(false);
    }

    internal static RootCommand BuildRoot(GlobalOptions globals)
    {
        var root = new RootCommand("PermanenciaAnalytics: deserción escolar por institución, sede, grado y mes (SIMAT/SIMPADE).");
        root.Options.Add(globals.Database);
        foreach (var command in CommandCatalog.Create(globals))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
