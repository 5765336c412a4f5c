namespace PermanenciaAnalytics.Reports.Official;

/// <summary>
/// The municipality of an institution: digits 2–6 of its 12-digit DANE code are the DIVIPOLA municipality
/// (<c>154001000198</c> → <c>54001</c>, Cúcuta); the first digit is the sector/zone prefix.
/// </summary>
public static class DaneMunicipality
{
    /// <summary>The 5-digit municipality code, or null when <paramref name="institutionDane"/> is not 12 digits.</summary>
    public static string? Of(string? institutionDane) =>
        institutionDane is { Length: 12 } dane && dane.All(char.IsAsciiDigit) ? dane[1..6] : null;

    /// <summary>Whether <paramref name="text"/> is a 5-digit municipality code.</summary>
    public static bool IsCode(string? text) => text is { Length: 5 } code && code.All(char.IsAsciiDigit);
}
