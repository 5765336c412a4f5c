namespace PermanenciaAnalytics.Reports.Official;

/// <summary>
/// One year × level of <c>compare men</c>: MEN's published rate beside ours. <see cref="OurRate"/>,
/// <see cref="Enrolled"/>, <see cref="Dropouts"/> and <see cref="Measure"/> are null for a year we do not hold.
/// </summary>
/// <param name="Year">School year.</param>
/// <param name="Level">total, transicion, primaria, secundaria or media.</param>
/// <param name="MenRate">MEN's published percent, null when MEN left it blank.</param>
/// <param name="OurRate">Our dropout rate (percent, two decimals) for the same municipality, year and level.</param>
/// <param name="Enrolled">Our denominator.</param>
/// <param name="Dropouts">Our numerator.</param>
/// <param name="Measure">Which of our measures <see cref="OurRate"/> is (<see cref="MenComparison.IntraAnnualMeasure"/>).</param>
public sealed record MenComparisonRow(int Year, string Level, decimal? MenRate, decimal? OurRate, long? Enrolled, long? Dropouts, string? Measure)
{
    /// <summary>Ours minus MEN's, in percentage points (two decimals, half away from zero); null when either is missing.</summary>
    public decimal? Difference => OurRate is { } ours && MenRate is { } men
        ? Math.Round(ours - men, 2, MidpointRounding.AwayFromZero)
        : null;
}
