namespace PermanenciaAnalytics.Etl.Validation;

/// <summary>
/// Issue 13 item 6: Anexo 6A writes codes where the reporte plano writes words (domain.md §1.3). Each coded value is
/// stored as the plano's word, so mixing layouts never splits a category ("1" and "URBANA" are one zona). Values that
/// are not a known code are kept as read; the code tables MEN has not published (discapacidad and etnia beyond
/// "no aplica") stay codes.
/// </summary>
internal static class CodedValues
{
    public static string? Zona(string? value) => value?.Trim() switch
    {
        "1" => "URBANA",
        "2" => "RURAL",
        _ => value,
    };

    public static string? Jornada(string? value) => value?.Trim() switch
    {
        "1" => "COMPLETA",
        "2" => "MAÑANA",
        "3" => "TARDE",
        "4" => "NOCTURNA",
        "5" => "FIN DE SEMANA",
        "6" => "ÚNICA",
        _ => value,
    };

    /// <summary>6A's 99 is "no aplica" (no discapacidad).</summary>
    public static string? Discapacidad(string? value) => value?.Trim() == "99" ? "NO APLICA" : value;

    /// <summary>6A's 0 is "no aplica" (no etnia).</summary>
    public static string? Etnia(string? value) => value?.Trim() == "0" ? "NO APLICA" : value;

    /// <summary>ISO 3166 numeric codes of the countries a Cúcuta extract holds; 996 is SIMAT's "no especificado".</summary>
    public static string? Country(string? value) => value?.Trim() switch
    {
        "170" => "COLOMBIA",
        "862" => "VENEZUELA",
        "218" => "ECUADOR",
        "604" => "PERÚ",
        "840" => "ESTADOS UNIDOS",
        "724" => "ESPAÑA",
        _ => value,
    };
}
