using PermanenciaAnalytics.Core.Risk;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// One student of an institution's risk list (posible desertor), with what the rector needs to decide whether to open a
/// case. Holds personal data of a minor: render it only to roles allowed by <see cref="Security.Capability.StudentList"/>.
/// </summary>
public sealed record RiskCandidate
{
    public required string StudentKey { get; init; }

    public required int Grade { get; init; }

    public string? GroupCode { get; init; }

    public required int Score { get; init; }

    public required RiskBand Band { get; init; }

    /// <summary>The factors that make up the score, in the catalogue's order, with the points each adds.</summary>
    public required IReadOnlyList<RiskFactorPoints> Factors { get; init; }

    public string? FullName { get; init; }

    public string? DocType { get; init; }

    public string? DocNumber { get; init; }

    public string? Phone { get; init; }

    /// <summary>The state code of the student's case this year (<see cref="OutreachCaseStates"/>), or null when none.</summary>
    public string? CaseState { get; init; }

    public string DisplayName => FullName ?? StudentNames.Missing;

    public string Document => $"{DocType} {DocNumber}".Trim();
}

/// <summary>A factor of a student's score: its code, its Spanish label and the points of the model in force.</summary>
public sealed record RiskFactorPoints(string Code, string Label, int Points);
