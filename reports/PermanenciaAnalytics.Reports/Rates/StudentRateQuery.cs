using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Sql;

namespace PermanenciaAnalytics.Reports.Rates;

/// <summary>
/// Extra-edad (age at the reference date ≥ grade + 8, grades 0–11; default reference 30 June of the year) and
/// repitencia (REPITENTE = S over the universe) per institution and grade, from the attributed placements.
/// </summary>
public static class StudentRateQuery
{
    public static IReadOnlyList<StudentRateRow> Query(DatabaseTarget target, int year, StudentRateMeasure measure, DateOnly? reference = null, string? institutionDane = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        var name = measure == StudentRateMeasure.ExtraEdad ? "ExtraEdad" : "Repitencia";
        return connection.Query<(string Institution, long Grade, long Enrolled, long Flagged, long Missing)>(
                SqlScripts.Of(typeof(StudentRateQuery).Assembly).Read(target.Dialect, "Rates", name),
                new
                {
                    year,
                    reference = DialectParameters.Date(target.Dialect, reference ?? new DateOnly(year, 6, 30)),
                    institution = string.IsNullOrWhiteSpace(institutionDane) ? null : institutionDane.Trim(),
                })
            .Select(r => new StudentRateRow(year, r.Institution, (int)r.Grade, r.Enrolled, r.Flagged, r.Missing))
            .ToList();
    }
}
