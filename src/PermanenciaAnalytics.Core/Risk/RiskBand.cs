namespace PermanenciaAnalytics.Core.Risk;

/// <summary>Band of a risk score, from the cut points of the model in force.</summary>
public enum RiskBand
{
    Bajo,
    Medio,
    Alto,
}

/// <summary>Codes (machine formats) and Spanish names (tables, pages) of <see cref="RiskBand"/>.</summary>
public static class RiskBandNames
{
    /// <summary>Every band, highest first: the order of the pages' band choices.</summary>
    public static readonly IReadOnlyList<RiskBand> HighestFirst = [RiskBand.Alto, RiskBand.Medio, RiskBand.Bajo];

    public static string Code(RiskBand band) => band switch
    {
        RiskBand.Alto => "alto",
        RiskBand.Medio => "medio",
        _ => "bajo",
    };

    public static string Display(RiskBand band) => band switch
    {
        RiskBand.Alto => "Alto",
        RiskBand.Medio => "Medio",
        _ => "Bajo",
    };
}
