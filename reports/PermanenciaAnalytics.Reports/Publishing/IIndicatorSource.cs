using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>
/// Where publications get indicator rows: the application implements it over the indicators engine
/// (<c>IndicatorQuery.Query</c>). A null institution DANE means every institution.
/// </summary>
public interface IIndicatorSource
{
    IReadOnlyList<IndicatorRow> Query(int year, IndicatorDimension by, string? institutionDane);
}
