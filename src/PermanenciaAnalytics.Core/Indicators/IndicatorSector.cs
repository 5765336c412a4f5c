using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Core.Indicators;

/// <summary>
/// docs/design.md §5 rule 9: the sector of the attributed placement (its institution's SIMAT <c>SECTOR</c>) that an
/// indicator read keeps. Without an explicit choice, figures are of the official sector once any institution has a
/// sector loaded, as MEN's published series are.
/// </summary>
public enum IndicatorSector
{
    /// <summary>Every institution, whatever its sector.</summary>
    All,

    /// <summary><c>OFICIAL</c> (and <c>SGP DEFENSA</c>, publicly funded); an institution whose sector was never loaded counts here.</summary>
    Oficial,

    /// <summary><c>NO OFICIAL</c> (private schools).</summary>
    NoOficial,
}

/// <summary>Keys (<c>oficial</c>, <c>no_oficial</c>, <c>all</c>) and the classification of a loaded SECTOR value.</summary>
public static class IndicatorSectors
{
    public static IReadOnlyList<string> Names { get; } = ["oficial", "no_oficial", "all"];

    public static string Key(IndicatorSector sector) => sector switch
    {
        IndicatorSector.Oficial => "oficial",
        IndicatorSector.NoOficial => "no_oficial",
        _ => "all",
    };

    public static string Display(IndicatorSector sector) => sector switch
    {
        IndicatorSector.Oficial => "sector oficial",
        IndicatorSector.NoOficial => "sector no oficial",
        _ => "todos los sectores",
    };

    public static IndicatorSector? Parse(string? text) => TextKey.Normalize(text) switch
    {
        "OFICIAL" => IndicatorSector.Oficial,
        "NO OFICIAL" => IndicatorSector.NoOficial,
        "ALL" or "TODOS" => IndicatorSector.All,
        _ => null,
    };

    /// <summary>The sector a loaded SECTOR value belongs to: NO OFICIAL / PRIVADO are private, any other value (or none) official.</summary>
    public static IndicatorSector OfLoadedValue(string? value)
    {
        var key = TextKey.Normalize(value);
        return key.StartsWith("NO OFICIAL", StringComparison.Ordinal) || key.Contains("PRIVAD", StringComparison.Ordinal)
            ? IndicatorSector.NoOficial
            : IndicatorSector.Oficial;
    }
}
