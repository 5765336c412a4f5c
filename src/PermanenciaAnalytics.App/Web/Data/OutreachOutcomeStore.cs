using System.Globalization;
using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>Records búsqueda-activa contacts into cases and counts the cases' latest results for the secretariat.</summary>
public sealed class OutreachOutcomeStore(DatabaseTarget target, TimeProvider clock)
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(OutreachOutcomeStore).Assembly);

    /// <summary>
    /// Adds a contact to the case of <paramref name="studentKey"/> (creating the case on its first contact) and sets the
    /// case's state from the result: a closing result closes it with that result as its reason. Never overwrites.
    /// </summary>
    /// <param name="year">School year.</param>
    /// <param name="studentKey">The withdrawn student (the caller checked it is one of the institution's cases).</param>
    /// <param name="institutionDane">The institution the engine attributed the student to.</param>
    /// <param name="outcome">The contact's result.</param>
    /// <param name="date">The day of the contact.</param>
    /// <param name="note">The school's note (personal data: never logged).</param>
    /// <param name="recordedBy">The user who recorded it.</param>
    /// <param name="channel">The channel's code (<see cref="OutreachChannels"/>).</param>
    /// <param name="nextCall">The next call planned, if any (dropped when the result closes the case).</param>
    public void Record(int year, string studentKey, string institutionDane, OutreachOutcome outcome, DateOnly date, string? note, string recordedBy,
        string channel = "otro", DateOnly? nextCall = null)
    {
        var closes = OutreachOutcomes.IsClosed(outcome);
        var on = Day(date);
        var next = closes || nextCall is not { } n ? null : Day(n);
        using var connection = target.Open();
        using var transaction = connection.BeginTransaction();
        var key = new { year, student = studentKey, dane = institutionDane };
        connection.Execute(Scripts.Read(target.Dialect, "Cases", "CaseEnsure"), key, transaction);
        var caseId = connection.ExecuteScalar<long>(Scripts.Read(target.Dialect, "Cases", "CaseIdOf"), key, transaction);
        var result = OutreachOutcomes.Code(outcome);
        connection.Execute(
            Scripts.Read(target.Dialect, "Cases", "CaseContactInsert"),
            new
            {
                caseId,
                on,
                channel,
                result,
                note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
                next,
                by = recordedBy,
                now = clock.GetUtcNow().UtcDateTime,
            },
            transaction);
        connection.Execute(
            Scripts.Read(target.Dialect, "Cases", "CaseAfterContact"),
            new
            {
                caseId,
                state = closes ? OutreachCaseStates.Closed : OutreachCaseStates.FollowUp,
                result,
                on,
                next,
                reason = closes ? OutreachOutcomes.Spanish(outcome) : null,
                closedOn = closes ? on : null,
            },
            transaction);
        transaction.Commit();
    }

    /// <summary>
    /// Opens a <c>riesgo</c> case for a student of the risk list (the caller checked the student is on the institution's
    /// list). Returns false when the student already has a case this year: nothing is changed then.
    /// </summary>
    /// <param name="year">School year.</param>
    /// <param name="studentKey">The student, still enrolled.</param>
    /// <param name="institutionDane">The institution whose risk list shows the student.</param>
    /// <param name="band">The band's code shown when the case was opened.</param>
    /// <param name="openedBy">The user who opened it.</param>
    /// <param name="date">The day it was opened.</param>
    public bool OpenAtRisk(int year, string studentKey, string institutionDane, string band, string openedBy, DateOnly date)
    {
        using var connection = target.Open();
        return connection.Execute(
            Scripts.Read(target.Dialect, "Cases", "CaseOpenAtRisk"),
            new { year, student = studentKey, dane = institutionDane, on = Day(date), by = openedBy, band }) > 0;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The institution's closed cases by closing result and origin (counts only).</summary>
    /// <param name="year">School year.</param>
    /// <param name="institutionDane">The institution.</param>
    public IReadOnlyList<ClosedCaseCount> CountClosed(int year, string institutionDane)
    {
        using var connection = target.Open();
        return connection.Query<(string? Result, string Origin, long Cases)>(Scripts.Read(target.Dialect, "Cases", "CaseClosedCounts"), new { year, dane = institutionDane })
            .Where(r => OutreachOutcomes.TryParse(r.Result, out _))
            .Select(r => new ClosedCaseCount(OutreachOutcomes.Parse(r.Result), r.Origin, r.Cases))
            .ToList();
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

/// <summary>Closed cases of one institution with one closing result and origin.</summary>
public sealed record ClosedCaseCount(OutreachOutcome Result, string Origin, long Cases);
