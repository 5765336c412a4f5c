using System.Globalization;
using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>Records búsqueda-activa outcomes and counts them (latest outcome per case) for the secretariat.</summary>
public sealed class OutreachOutcomeStore(DatabaseTarget target, TimeProvider clock)
{
    public void Record(int year, string studentKey, string institutionDane, OutreachOutcome outcome, DateOnly date, string? note, string recordedBy)
    {
        using var connection = target.Open();
        connection.Execute(
            """
            INSERT INTO outreach_outcome (school_year, student_key, institution_dane, outcome, outcome_date, note, recorded_by, recorded_at)
            VALUES (@year, @studentKey, @institutionDane, @code, @date, @note, @recordedBy, @now)
            """,
            new
            {
                year,
                studentKey,
                institutionDane,
                code = OutreachOutcomes.Code(outcome),
                date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
                recordedBy,
                now = clock.GetUtcNow().UtcDateTime,
            });
    }

    /// <summary>Counts of the latest outcome of each case, per institution (no student-level data).</summary>
    public IReadOnlyList<OutcomeCount> CountLatest(int year)
    {
        using var connection = target.Open();
        const string sql = """
            SELECT institution_dane AS InstitutionDane, outcome AS Outcome, COUNT(*) AS Cases
            FROM (
                SELECT o.institution_dane, o.outcome,
                       ROW_NUMBER() OVER (PARTITION BY o.student_key ORDER BY o.outcome_id DESC) AS rn
                FROM outreach_outcome o
                WHERE o.school_year = @year
            ) latest
            WHERE rn = 1
            GROUP BY institution_dane, outcome
            ORDER BY institution_dane, outcome
            """;
        return connection.Query<(string InstitutionDane, string Outcome, long Cases)>(sql, new { year })
            .Where(r => OutreachOutcomes.TryParse(r.Outcome, out _))
            .Select(r => new OutcomeCount(r.InstitutionDane, OutreachOutcomes.Parse(r.Outcome), r.Cases))
            .ToList();
    }
}

public sealed record OutcomeCount(string InstitutionDane, OutreachOutcome Outcome, long Cases);
