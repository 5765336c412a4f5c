using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.Reports.Indicators;

/// <summary>
/// One indicator query. <paramref name="Split"/> is one of <see cref="IndicatorSplit.Names"/> (adds one key column);
/// <paramref name="InstitutionDane"/> keeps one institution. Extra-edad uses <see cref="ReferenceDate"/>, default 30 June of Y.
/// </summary>
public sealed record IndicatorRequest(
    int Year,
    IndicatorDimension By,
    string? Split = null,
    string? InstitutionDane = null,
    IndicatorMeasure Measure = IndicatorMeasure.IntraAnnual)
{
    /// <summary>Date at which age is measured for the extra-edad split; null = 30 June of <see cref="Year"/>.</summary>
    public DateOnly? ReferenceDate { get; init; }

    public DateOnly EffectiveReferenceDate => ReferenceDate ?? new DateOnly(Year, 6, 30);

    /// <summary>Rule 9: the sector kept; null = the official sector once any SECTOR is loaded, else every institution.</summary>
    public IndicatorSector? Sector { get; init; }

    /// <summary>Where the dropouts come from (intra-annual only): the engine's outcomes, or SIMPADE over SIMAT's enrolled.</summary>
    public IndicatorSource Source { get; init; } = IndicatorSource.Simat;
}
