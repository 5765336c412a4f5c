using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// Plans, SIMPADE reasons and the data's date for the pages' assembly (<see cref="PublicationInputBuilder"/>), read
/// once per data version instead of on every view of every institution and chart.
/// </summary>
public sealed class CachedPublicationLookups(IPublicationLookups database, DataVersion version, DataVersionCache cache) : IPublicationLookups
{
    public IReadOnlyDictionary<string, InstitutionPlan> Plans(int year) =>
        cache.GetOrAdd(version.Current, ("plans", year), () => database.Plans(year));

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ObservedReasons(int year) =>
        cache.GetOrAdd(version.Current, ("reasons", year), () => database.ObservedReasons(year));

    public DateOnly? LastCut(int year) =>
        cache.GetOrAdd(version.Current, ("last-cut", year), () => new Box<DateOnly?>(database.LastCut(year))).Value;

    public Core.Calendar.SchoolCalendar Calendar(int year) =>
        cache.GetOrAdd(version.Current, ("calendar", year), () => database.Calendar(year));

    private sealed record Box<T>(T Value);
}
