namespace PermanenciaAnalytics.Core.Indicators;

/// <summary>Groupings of <c>indicators --by</c> (docs/design.md §6).</summary>
public enum IndicatorDimension
{
    Institution,
    InstitutionGrade,
    Sede,
    Level,
    Municipality,
    Month,

    /// <summary>
    /// All institutions together, months 1–12: the municipal counterpart of <see cref="Month"/> (cumulative dropouts and
    /// transfers at the end of each month over the municipal attributed students), summed from the same cells before dividing.
    /// </summary>
    MunicipalityMonth,
}
