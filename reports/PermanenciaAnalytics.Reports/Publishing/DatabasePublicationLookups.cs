using Dapper;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Reports.Plans;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary><see cref="IPublicationLookups"/> read from the database on every call.</summary>
public sealed class DatabasePublicationLookups(DatabaseTarget target) : IPublicationLookups
{
    // Distinct students per reason: the same extract loaded twice (or two cuts) must not double the counts.
    internal const string ObservedReasonsSql =
        "SELECT d.institution_dane AS InstitutionDane, r.reason_code AS ReasonCode, COUNT(DISTINCT d.student_key) AS Dropouts " +
        "FROM simpade_dropout d JOIN simpade_dropout_reason r ON r.load_id = d.load_id AND r.row_number = d.row_number " +
        "WHERE d.school_year = @Year GROUP BY d.institution_dane, r.reason_code";

    public IReadOnlyDictionary<string, InstitutionPlan> Plans(int year) => PlanRepository.LoadYear(target, year);

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ObservedReasons(int year)
    {
        using var connection = target.Open();
        return connection.Query<(string InstitutionDane, string ReasonCode, long Dropouts)>(ObservedReasonsSql, new { Year = year })
            .GroupBy(r => r.InstitutionDane, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, int>)g.ToDictionary(r => r.ReasonCode, r => (int)r.Dropouts, StringComparer.Ordinal),
                StringComparer.Ordinal);
    }

    public DateOnly? LastCut(int year) => DataAsOf.LastCut(target, year);
}
