using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;

namespace PermanenciaAnalytics.Reports.Matching;

/// <summary>
/// Everything the matching rules need for one institution and year, as plain values so the rules stay pure.
/// </summary>
/// <param name="InstitutionDane">12-digit DANE code of the institution.</param>
/// <param name="Year">School year.</param>
/// <param name="Plan">The loaded plan, null when the institution filed none.</param>
/// <param name="ByGrade">The institution's <see cref="IndicatorDimension.InstitutionGrade"/> rows (counts up to the latest cut).</param>
/// <param name="ByMonth">The institution's <see cref="IndicatorDimension.Month"/> rows: cumulative dropouts at the end of each month.</param>
/// <param name="MunicipalRate">The municipality's dropout rate for the year (percent), null when unknown.</param>
/// <param name="ObservedReasons">SIMPADE reason code → number of the institution's dropouts reporting it.</param>
/// <param name="AsOfMonth">Month the data describes; null means the last month of <paramref name="ByMonth"/>, or the year end when that is empty.</param>
public sealed record PlanMatchInput(
    string InstitutionDane,
    int Year,
    InstitutionPlan? Plan,
    IReadOnlyList<IndicatorRow> ByGrade,
    IReadOnlyList<IndicatorRow> ByMonth,
    decimal? MunicipalRate,
    IReadOnlyDictionary<string, int> ObservedReasons,
    int? AsOfMonth = null);
