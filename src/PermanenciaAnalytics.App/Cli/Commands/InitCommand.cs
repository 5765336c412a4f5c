using System.CommandLine;
using PermanenciaAnalytics.Etl.Schema;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary><c>init</c>: create or upgrade the reporting schema.</summary>
internal static class InitCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var command = new Command("init", "Crea o actualiza el esquema de la base de datos.");
        command.SetAction(parseResult =>
        {
            var target = globals.ResolveDatabase(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            try
            {
                var result = SchemaMigrator.Migrate(target);
                output.WriteLine(result.AppliedNow.Count == 0
                    ? $"Esquema al día en {target.Describe()} ({result.TotalApplied} migraciones)."
                    : $"Esquema actualizado en {target.Describe()}: {result.AppliedNow.Count} migraciones aplicadas ({string.Join(", ", result.AppliedNow)}).");
                return ExitCodes.Success;
            }
            catch (SchemaTooNewException ex)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(ex.Message);
                return ExitCodes.UsageError;
            }
        });
        return command;
    }
}
