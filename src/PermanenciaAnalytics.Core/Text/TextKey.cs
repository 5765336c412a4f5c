using System.Globalization;
using System.Text;

namespace PermanenciaAnalytics.Core.Text;

/// <summary>
/// Normalises free text from extracts into a comparison key: upper case, no accents, single spaces,
/// underscores and dots treated as spaces. "Código_DANE " and "CODIGO DANE" give the same key.
/// </summary>
public static class TextKey
{
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var decomposed = value.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(ch) || ch == '_' || ch == '.' || ch == '\uFEFF')
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            builder.Append(char.ToUpperInvariant(ch));
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }
}
