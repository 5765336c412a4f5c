using System.Globalization;

namespace PermanenciaAnalytics.Core.Text;

/// <summary>
/// The one way every CSV writer of the product writes a field. Values come from SIMAT/SIMPADE files and users, and a
/// spreadsheet runs a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return as a formula
/// (<c>=HYPERLINK(…)</c>, <c>=cmd|…</c>): such a value is written with a leading single quote, as OWASP advises, so it
/// reads as text. A plain number (<c>-1</c>, the grade code) is left alone: it is data, not a formula, and numeric columns
/// must stay numeric. Then RFC 4180 quoting when the field holds a comma, quote or line break.
/// </summary>
public static class CsvCell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The value with a leading <c>'</c> when a spreadsheet would read it as a formula; null stays null.</summary>
    public static string? Neutralize(string? value)
    {
        if (string.IsNullOrEmpty(value) || Array.IndexOf(FormulaStarts, value[0]) < 0)
        {
            return value;
        }

        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? value
            : "'" + value;
    }

    /// <summary>A ready CSV field: neutralised, then quoted when needed (empty for null).</summary>
    public static string Field(string? value)
    {
        var safe = Neutralize(value);
        if (string.IsNullOrEmpty(safe))
        {
            return string.Empty;
        }

        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
