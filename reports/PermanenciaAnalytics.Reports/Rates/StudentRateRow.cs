using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.Reports.Rates;

/// <summary>Extra-edad or repitencia per institution and grade; <see cref="Missing"/> students lack the attribute.</summary>
public sealed record StudentRateRow(int Year, string InstitutionDane, int Grade, long Enrolled, long Flagged, long Missing)
{
    public decimal? Rate => DropoutRate.Percent(Flagged, Enrolled);
}
