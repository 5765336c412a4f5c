using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Indicators;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>Publications read the same numbers as <c>indicators</c>: this source is the indicators engine itself.</summary>
public sealed class EngineIndicatorSource(DatabaseTarget target) : IIndicatorSource
{
    public DatabaseTarget Target => target;

    public IReadOnlyList<IndicatorRow> Query(int year, IndicatorDimension by, string? institutionDane) =>
        IndicatorQuery.Query(target, new IndicatorRequest(year, by, InstitutionDane: institutionDane));
}
