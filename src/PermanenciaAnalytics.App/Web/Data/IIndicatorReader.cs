using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// Indicators the web shows, from the indicators engine (docs/design.md §5). Totals come from the engine's own aggregate rows
/// (<see cref="IndicatorDimension.Institution"/>, <see cref="IndicatorDimension.Municipality"/>), never from summing rows a
/// viewer received, because rows may be suppressed for that viewer.
/// </summary>
public interface IIndicatorReader
{
    /// <param name="year">School year.</param>
    /// <param name="institutionDane">One institution, or null for every institution.</param>
    IReadOnlyList<IndicatorRow> ByInstitutionAndGrade(int year, string? institutionDane);

    /// <summary>Rows of any dimension (sede, level, municipality, month…), optionally for one institution.</summary>
    IReadOnlyList<IndicatorRow> Query(int year, IndicatorDimension dimension, string? institutionDane);
}
