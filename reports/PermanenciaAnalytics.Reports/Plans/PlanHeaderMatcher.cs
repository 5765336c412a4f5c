using System.Text.RegularExpressions;
using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>
/// Matches the headers found in a file to the columns of a part, ignoring case, accents, extra spaces and the hint in
/// parentheses ("Fecha de inicio (AAAA-MM-DD)" = "FECHA DE INICIO"). Reports required columns that are missing.
/// </summary>
internal static partial class PlanHeaderMatcher
{
    public static Dictionary<int, string> Match(PlanPart part, IReadOnlyList<string> headers, string file, string? sheet, List<PlanCellError> errors)
    {
        var byKey = part.Columns.ToDictionary(c => Key(c.Header), c => c.Header, StringComparer.Ordinal);
        var mapped = new Dictionary<int, string>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (byKey.TryGetValue(Key(headers[i]), out var header) && !mapped.ContainsValue(header))
            {
                mapped[i] = header;
            }
        }

        foreach (var column in part.Columns.Where(c => c.Required && !mapped.ContainsValue(c.Header)))
        {
            errors.Add(new PlanCellError(file, sheet, 1, column.Header, null, "falta esta columna obligatoria en el encabezado"));
        }

        return mapped;
    }

    public static string Key(string? header) =>
        // "(%)" is part of the rate header's name; any other parenthesised text is a hint.
        TextKey.Normalize(HintPattern().Replace(header ?? string.Empty, " "));

    [GeneratedRegex(@"\((?!%\))[^)]*\)")]
    private static partial Regex HintPattern();
}
