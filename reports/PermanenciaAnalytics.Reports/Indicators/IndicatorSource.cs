namespace PermanenciaAnalytics.Reports.Indicators;

/// <summary>
/// Where an intra-annual read takes its dropouts from. <see cref="Simat"/>: the engine's outcomes (docs/design.md §5).
/// <see cref="Simpade"/>: the SIMPADE desertores of the year (with or without identity) over SIMAT's attributed
/// enrolled students, counted under the institution, sede, grade and final month SIMPADE gives.
/// </summary>
public enum IndicatorSource
{
    Simat,
    Simpade,
}
