using System.CommandLine;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary><c>compare men …</c>: our figures beside an official published series.</summary>
internal static class CompareCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var command = new Command("compare", "Compara nuestras tasas con series oficiales publicadas.");
        command.Subcommands.Add(CompareMenCommand.Create(globals));
        return command;
    }
}
