using System.Text.RegularExpressions;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// The phone numbers in the extracts' TEL/TELEFONO values, as a caller dials them. Schools type two numbers in one field
/// ("3001112233 - 5771234", "3001112233/3157654321"), so a value is split where a separator stands between numbers.
/// </summary>
public static partial class PhoneNumbers
{
    /// <summary>The distinct numbers of a comma-joined list of stored values, in the order given.</summary>
    /// <param name="joined">Stored values joined by commas (newest first), or null.</param>
    public static IReadOnlyList<string> Split(string? joined)
    {
        if (string.IsNullOrWhiteSpace(joined))
        {
            return [];
        }

        var numbers = new List<string>();
        foreach (var value in joined.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var part in Separator().Split(value))
            {
                var number = part.Trim();
                if (number.Any(char.IsDigit) && !numbers.Contains(number, StringComparer.Ordinal))
                {
                    numbers.Add(number);
                }
            }
        }

        return numbers;
    }

    // A slash, semicolon, 'y' or a dash with spaces around it separates two numbers; a dash inside digits
    // ("577-1234") does not.
    [GeneratedRegex(@"\s*[/;]\s*|\s+-\s+|\s+y\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
