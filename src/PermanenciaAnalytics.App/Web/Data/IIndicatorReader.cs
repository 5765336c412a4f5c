using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// Indicators the web shows: one <see cref="IndicatorRow"/> per institution and grade for a year (DESIGN.md §5).
/// Totals per institution, level and municipality are sums of these counts (rule 7: sum counts, then divide).
/// </summary>
public interface IIndicatorReader
{
    /// <param name="year">School year.</param>
    /// <param name="institutionDane">One institution, or null for every institution.</param>
    IReadOnlyList<IndicatorRow> ByInstitutionAndGrade(int year, string? institutionDane);
}
