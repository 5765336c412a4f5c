using System.Globalization;

namespace PermanenciaAnalytics.Etl.Official;

/// <summary>
/// The two kinds of numbers in MEN's statistics files (domain.md §4.1, §7). <b>Counts and codes</b> (AÑO, CÓDIGO_*,
/// POBLACIÓN_5_16) are whole numbers that some exports write with a thousands separator, <c>.</c> or <c>,</c>
/// (<c>"2,021"</c>, <c>3.802</c>, <c>147.272</c>): a separator is dropped only between groups of three digits.
/// <b>Rates</b> (DESERCIÓN…) are percents with a decimal point, sometimes with a <c>%</c> suffix (<c>"4.77%"</c>) or a
/// decimal comma (<c>3,23</c>); they never carry a thousands separator, since they are at most 100.
/// </summary>
public static class MenNumbers
{
    /// <summary>A whole count or code; false for anything else (a decimal, a sign, a misplaced separator). Blank is false.</summary>
    public static bool TryParseCount(string? text, out long value)
    {
        value = 0;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        var separator = trimmed.FirstOrDefault(c => c is '.' or ',');
        if (separator != default)
        {
            var groups = trimmed.Split(separator);
            if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
            {
                return false;
            }

            trimmed = string.Concat(groups);
        }

        return trimmed.All(char.IsAsciiDigit)
            && long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// A published percent: null with true when blank; false when the text is not a percent between 0 and 100.
    /// </summary>
    public static bool TryParseRate(string? text, out decimal? value)
    {
        value = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return true;
        }

        if (trimmed.EndsWith('%'))
        {
            trimmed = trimmed[..^1].TrimEnd();
        }

        if (trimmed.Contains('.', StringComparison.Ordinal) && trimmed.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        trimmed = trimmed.Replace(',', '.');
        if (trimmed.Length == 0 || trimmed.Count(c => c == '.') > 1 || !trimmed.All(c => char.IsAsciiDigit(c) || c == '.')
            || !decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)
            || parsed > 100m)
        {
            return false;
        }

        value = parsed;
        return true;
    }
}
