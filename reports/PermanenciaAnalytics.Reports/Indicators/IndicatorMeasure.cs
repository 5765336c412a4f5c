namespace PermanenciaAnalytics.Reports.Indicators;

/// <summary>
/// Intra-annual: docs/design.md §5 (dropouts within year Y). Inter-annual: students enrolled at the final cut of Y−1 in
/// grades 0–10 who are enrolled at no cut of Y (docs/methodology.md).
/// </summary>
public enum IndicatorMeasure
{
    IntraAnnual,
    InterAnnual,
}
