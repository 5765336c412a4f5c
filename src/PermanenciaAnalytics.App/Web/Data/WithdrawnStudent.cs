using PermanenciaAnalytics.Core.Simpade;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// One búsqueda-activa case. Holds personal data of a minor: render it only to roles allowed by
/// <see cref="Security.Capability.StudentList"/>, never log it.
/// </summary>
public sealed record WithdrawnStudent
{
    public required string StudentKey { get; init; }

    public required string InstitutionDane { get; init; }

    public required int Grade { get; init; }

    public string? GroupCode { get; init; }

    public required DateOnly LastCutSeen { get; init; }

    public string? LastStatus { get; init; }

    public string? DocType { get; init; }

    public string? DocNumber { get; init; }

    public string? FullName { get; init; }

    public string? Phone { get; init; }

    /// <summary>
    /// Every distinct number any loaded extract gave for the student, newest first (a TEL field holding two numbers
    /// counts as two). The caller tries them in order.
    /// </summary>
    public IReadOnlyList<string> Phones { get; init; } = [];

    public string? Address { get; init; }

    public string? Neighborhood { get; init; }

    /// <summary>SIMPADE reason codes as stored (the API returns these).</summary>
    public IReadOnlyList<string> SimpadeReasons { get; init; } = [];

    /// <summary>The reasons in Spanish, for pages and downloads.</summary>
    public IReadOnlyList<string> SimpadeReasonLabels => [.. SimpadeReasons.Select(SimpadeReasonCatalog.LabelOf)];

    /// <summary>The name to show: the extract's, or a plain note that it had none.</summary>
    public string DisplayName => FullName ?? StudentNames.Missing;

    public string Document => $"{DocType} {DocNumber}".Trim();

    public OutreachOutcome? Outcome { get; init; }

    public DateOnly? OutcomeDate { get; init; }

    /// <summary>The case's state code (<see cref="OutreachCaseStates"/>): abierto until a first contact.</summary>
    public string CaseState { get; init; } = OutreachCaseStates.Open;

    /// <summary>The next call the school planned, if any.</summary>
    public DateOnly? NextCallOn { get; init; }

    /// <summary>Why the case was closed, if it was.</summary>
    public string? ClosureReason { get; init; }

    /// <summary>Why the case exists: <c>retirado</c> (the engine's dropout) or <c>riesgo</c> (opened by the school from the risk list).</summary>
    public string Origin { get; init; } = OutreachCaseOrigins.Withdrawn;

    /// <summary>The risk band shown when a <c>riesgo</c> case was opened (its code), if it was one.</summary>
    public string? RiskBand { get; init; }

    /// <summary>The case's contacts, newest first.</summary>
    public IReadOnlyList<OutreachContact> Contacts { get; init; } = [];
}
