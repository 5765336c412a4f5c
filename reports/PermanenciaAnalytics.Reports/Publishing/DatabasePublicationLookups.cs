using Dapper;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Reports.Plans;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary><see cref="IPublicationLookups"/> read from the database on every call.</summary>
public sealed class DatabasePublicationLookups(DatabaseTarget target) : IPublicationLookups
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(DatabasePublicationLookups).Assembly);

    public IReadOnlyDictionary<string, InstitutionPlan> Plans(int year) => PlanRepository.LoadYear(target, year);

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ObservedReasons(int year)
    {
        using var connection = target.Open();
        return connection.Query<(string InstitutionDane, string ReasonCode, long Dropouts)>(Scripts.Read(target.Dialect, "Publishing", "ObservedReasons"), new { Year = year })
            .GroupBy(r => r.InstitutionDane, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, int>)g.ToDictionary(r => r.ReasonCode, r => (int)r.Dropouts, StringComparer.Ordinal),
                StringComparer.Ordinal);
    }

    public DateOnly? LastCut(int year) => DataAsOf.LastCut(target, year);

    public Core.Calendar.SchoolCalendar Calendar(int year) => Reports.Calendar.SchoolCalendarStore.Of(target, year);
}
