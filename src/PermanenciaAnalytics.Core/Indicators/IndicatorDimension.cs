namespace PermanenciaAnalytics.Core.Indicators;

/// <summary>Groupings of <c>indicators --by</c> (DESIGN.md §6).</summary>
public enum IndicatorDimension
{
    Institution,
    InstitutionGrade,
    Sede,
    Level,
    Municipality,
    Month,
}
