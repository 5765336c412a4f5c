using System.Globalization;

namespace PermanenciaAnalytics.Etl.Reading;

/// <summary>
/// One month of SIMPADE's follow-up of a student across secretarías: <c>MM_ATENDIDO</c> (served that month) and
/// <c>MM_CODIGO_SED</c> (by which secretaría). <see cref="SecretariatIndex"/> is −1 when the header lacks it.
/// </summary>
public sealed record MonthlyAttendanceColumns(int Month, int AttendedIndex, int SecretariatIndex)
{
    private const string AttendedSuffix = " ATENDIDO";
    private const string SecretariatSuffix = " CODIGO SED";

    /// <summary>Reads a normalised header such as <c>04 ATENDIDO</c> or <c>11 CODIGO SED</c>.</summary>
    internal static bool TryParseHeader(string key, out int month, out bool isSecretariat)
    {
        month = 0;
        isSecretariat = key.EndsWith(SecretariatSuffix, StringComparison.Ordinal);
        var suffix = isSecretariat ? SecretariatSuffix : AttendedSuffix;
        if (!isSecretariat && !key.EndsWith(AttendedSuffix, StringComparison.Ordinal))
        {
            return false;
        }

        return int.TryParse(key.AsSpan(0, key.Length - suffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out month)
            && month is >= 1 and <= 12;
    }
}
