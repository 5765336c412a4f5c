using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// The engine's exact rows, cached per (year, dimension, institution) until the data change. Suppression for the
/// viewer (<see cref="ViewerIndicatorReader"/>) runs on top of it, so the cache never holds a viewer's answer.
/// </summary>
public sealed class CachedIndicatorReader(IIndicatorReader engine, DataVersion version, DataVersionCache cache, OutcomeStaleness? staleness = null)
    : IIndicatorReader
{
    public IReadOnlyList<IndicatorRow> ByInstitutionAndGrade(int year, string? institutionDane) =>
        Query(year, IndicatorDimension.InstitutionGrade, institutionDane);

    public IReadOnlyList<IndicatorRow> Query(int year, IndicatorDimension dimension, string? institutionDane)
    {
        staleness?.Check(year);
        return cache.GetOrAdd(version.Current, (nameof(IndicatorRow), year, dimension, institutionDane), () => engine.Query(year, dimension, institutionDane));
    }
}
