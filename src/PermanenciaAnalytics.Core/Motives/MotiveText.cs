using System.Globalization;
using System.Text;

namespace PermanenciaAnalytics.Core.Motives;

/// <summary>
/// The normalised text of a retirement motive (rule 5b): trimmed, upper case, accents removed, inner spaces collapsed.
/// Unlike <see cref="Text.TextKey"/>, underscores and dots stay as they are (a motive is free text, not a header).
/// </summary>
public static class MotiveText
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
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(ch))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            builder.Append(char.ToUpperInvariant(ch));
            lastWasSpace = false;
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
