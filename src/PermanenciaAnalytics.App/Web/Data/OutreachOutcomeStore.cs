using System.Globalization;
using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>Records búsqueda-activa outcomes and counts them (latest outcome per case) for the secretariat.</summary>
public sealed class OutreachOutcomeStore(DatabaseTarget target, TimeProvider clock)
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(OutreachOutcomeStore).Assembly);

    public void Record(int year, string studentKey, string institutionDane, OutreachOutcome outcome, DateOnly date, string? note, string recordedBy)
    {
        using var connection = target.Open();
        connection.Execute(
            Scripts.Read(target.Dialect, "Web", "OutreachInsert"),
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
        return connection.Query<(string InstitutionDane, string Outcome, long Cases)>(Scripts.Read(target.Dialect, "Web", "OutreachLatestCounts"), new { year })
            .Where(r => OutreachOutcomes.TryParse(r.Outcome, out _))
            .Select(r => new OutcomeCount(r.InstitutionDane, OutreachOutcomes.Parse(r.Outcome), r.Cases))
            .ToList();
    }
}

public sealed record OutcomeCount(string InstitutionDane, OutreachOutcome Outcome, long Cases);
