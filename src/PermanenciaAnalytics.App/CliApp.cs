using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using PermanenciaAnalytics.App.Cli;
using PermanenciaAnalytics.Etl.Schema;

namespace PermanenciaAnalytics.App;

/// <summary>
/// The <c>permanencia</c> command line: one file per command under <c>Cli/Commands</c>. It sits above <c>App.Cli</c>
/// (options, exit codes) and <c>App.Cli.Commands</c>, so neither namespace needs the other's entry point.
/// </summary>
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
            // Database failures get one sentence below; anything else is a bug and keeps its stack trace.
            EnableDefaultExceptionHandler = false,
        };
        // Human output is es-CO; machine output (csv/json) formats with the invariant culture explicitly.
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("es-CO");
        // Help, usage and parse errors of System.CommandLine come from its Spanish resources (it ships an es satellite).
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-CO");
        try
        {
            var parsed = root.Parse(args);
            MigrateIfNeeded(parsed, globals);
            return await parsed.InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (SchemaTooNewException ex)
        {
            // A database written by a newer version is refused, never downgraded.
            await configuration.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (DbException ex)
        {
            // An unreachable server or a locked file is the user's to fix, not a crash: say what and where, no stack trace.
            // Driver messages name the server and the cause, never row values.
            await configuration.Error.WriteLineAsync(DatabaseFailure.Describe(ex)).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
    }

    /// <summary>
    /// The one place the command line migrates: before the action of a <see cref="DatabaseCommand"/>, not for help,
    /// a parse error or a command that does not use the database.
    /// </summary>
    private static void MigrateIfNeeded(ParseResult parsed, GlobalOptions globals)
    {
        var command = parsed.CommandResult.Command;
        if (command is DatabaseCommand && parsed.Errors.Count == 0 && parsed.Action == command.Action)
        {
            SchemaMigrator.Migrate(globals.ResolveDatabase(parsed));
        }
    }

    internal static RootCommand BuildRoot(GlobalOptions globals)
    {
        var root = new RootCommand("PermanenciaAnalytics: deserción escolar por institución, sede, grado y mes (SIMAT/SIMPADE).");
        root.Options.Add(globals.Database);
        foreach (var command in CommandCatalog.Create(globals))
        {
            root.Subcommands.Add(command);
        }

        CliLocalization.Apply(root);
        return root;
    }
}
