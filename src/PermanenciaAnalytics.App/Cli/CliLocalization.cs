using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PermanenciaAnalytics.App.Cli;

/// <summary>
/// The Spanish pieces System.CommandLine's own resources leave out: the help option's description, and number parse
/// errors (its message names the CLR type, "como el tipo esperado 'System.Int32'"). Applied once to the whole tree.
/// </summary>
internal static class CliLocalization
{
    public static void Apply(Command root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var command in Walk(root))
        {
            foreach (var option in command.Options)
            {
                switch (option)
                {
                    case HelpOption help:
                        help.Description = "Muestra la ayuda y el uso.";
                        break;
                    case Option<int> number when number.CustomParser is null:
                        number.CustomParser = result => ParseInteger(result, number.Name) ?? default;
                        break;
                    case Option<int?> optional when optional.CustomParser is null:
                        optional.CustomParser = result => ParseInteger(result, optional.Name);
                        break;
                }
            }
        }
    }

    private static int? ParseInteger(ArgumentResult result, string optionName)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError($"El valor '{text}' de {optionName} no es un número entero (por ejemplo, 2025).");
        return null;
    }

    private static IEnumerable<Command> Walk(Command command)
    {
        yield return command;
        foreach (var child in command.Subcommands.SelectMany(Walk))
        {
            yield return child;
        }
    }
}
