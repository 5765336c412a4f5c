namespace PermanenciaAnalytics.Reports.Indicators;

/// <summary>
/// One finest-grained count group as SQL returned it (institution × sede × grade × split × month). Every dimension
/// is a sum of these counts (rule 7: aggregates sum counts first, then divide).
/// </summary>
internal sealed record IndicatorCell(
    string InstitutionDane,
    string? SedeDane,
    int Grade,
    string? Split,
    int? Month,
    long Enrolled,
    long Dropouts,
    long Transfers);
