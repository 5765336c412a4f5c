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

    public string? Address { get; init; }

    public string? Neighborhood { get; init; }

    public IReadOnlyList<string> SimpadeReasons { get; init; } = [];

    public OutreachOutcome? Outcome { get; init; }

    public DateOnly? OutcomeDate { get; init; }

    public string? OutcomeNote { get; init; }
}
