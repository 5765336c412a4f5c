using System.CommandLine;
using System.Globalization;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>Options shared by the report commands (year, cut dates, output format).</summary>
internal static class CommonOptions
{
    public static Option<int> Year() => new("--year")
    {
        Description = "Año lectivo (p. ej. 2025).",
        Required = true,
    };

    public static Option<string> Format() => new Option<string>("--format")
    {
        Description = "Formato de salida: table (es-CO), csv o json (cultura invariante).",
        DefaultValueFactory = _ => "table",
    }.AcceptOnlyFromAmong("table", "csv", "json");

    /// <summary>Parses a yyyy-MM-dd option value; null when absent.</summary>
    public static bool TryParseDate(string? text, string optionName, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        error = $"La opción {optionName} espera una fecha AAAA-MM-DD y recibió '{text}'.";
        return false;
    }
}
