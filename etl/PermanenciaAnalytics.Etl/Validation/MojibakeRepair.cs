namespace PermanenciaAnalytics.Etl.Validation;

using PermanenciaAnalytics.Etl.Reading;

/// <summary>
/// Undoes the common mojibake of UTF-8 text decoded as Windows-1252 ("DÃ‰CIMO" → "DÉCIMO"), seen in SIMPADE
/// values. Text that does not round-trip cleanly is returned unchanged.
/// </summary>
public static class MojibakeRepair
{
    public static string? Repair(string? value)
    {
        if (value is null || (!value.Contains('Ã', StringComparison.Ordinal) && !value.Contains('Â', StringComparison.Ordinal)))
        {
            return value;
        }

        var bytes = TextEncodings.Windows1252.GetBytes(value);
        return System.Text.Unicode.Utf8.IsValid(bytes) ? TextEncodings.Utf8.GetString(bytes) : value;
    }
}
