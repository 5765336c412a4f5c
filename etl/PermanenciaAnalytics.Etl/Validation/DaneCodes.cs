namespace PermanenciaAnalytics.Etl.Validation;

/// <summary>DANE codes as text: institutions have 12 digits; sedes 12 (sometimes 14 with the consecutivo).</summary>
public static class DaneCodes
{
    public static bool IsInstitution(string value) => value.Length == 12 && value.All(char.IsAsciiDigit);

    public static bool IsSede(string value) => value.Length is >= 12 and <= 14 && value.All(char.IsAsciiDigit);
}
