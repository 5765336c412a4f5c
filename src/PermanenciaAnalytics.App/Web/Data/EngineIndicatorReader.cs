using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Indicators;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// The web shows exactly what the <c>indicators</c> command prints: the indicators engine over the outcomes of the last
/// <c>recompute</c>, so a page, an API answer and a publication can never disagree.
/// </summary>
public sealed class EngineIndicatorReader(DatabaseTarget target) : IIndicatorReader
{
    public DatabaseTarget Target => target;

    public IReadOnlyList<IndicatorRow> ByInstitutionAndGrade(int year, string? institutionDane) =>
        Query(year, IndicatorDimension.InstitutionGrade, institutionDane);

    public IReadOnlyList<IndicatorRow> Query(int year, IndicatorDimension dimension, string? institutionDane) =>
        IndicatorQuery.Query(target, new IndicatorRequest(year, dimension, InstitutionDane: institutionDane));
}
