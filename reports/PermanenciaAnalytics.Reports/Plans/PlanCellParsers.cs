using System.Globalization;

namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>Parsers for the cell formats of the template; each returns false when the text is not acceptable.</summary>
internal static class PlanCellParsers
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd"];

    public static bool TryDate(string text, out DateOnly date)
    {
        if (DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            date = DateOnly.FromDateTime(value);
            return true;
        }

        date = default;
        return false;
    }

    public static bool TryCount(string text, out int count) =>
        int.TryParse(text.Trim().Replace(".0", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out count);

    /// <summary>A percentage such as "3,5", "3.5" or "3,5 %" (es-CO decimal comma or invariant point), 0–100.</summary>
    public static bool TryRate(string text, out decimal rate)
    {
        var cleaned = text.Trim().TrimEnd('%').Trim().Replace(',', '.');
        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out rate) && rate <= 100m;
    }

    public static IEnumerable<string> SplitList(string text, params char[] separators) =>
        text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
