namespace PermanenciaAnalytics.Reports.Tests.Support;

/// <summary>One SIMAT row for a test: the columns the methodology reads, the rest defaulted.</summary>
internal sealed record EnrollmentFixtureRow(
    string Cut,
    string Student,
    string Institution,
    int Grade,
    string Status = "MATRICULADO",
    string? EndDate = null,
    string? Sede = null)
{
    public string? Sex { get; init; }

    public string? BirthDate { get; init; }

    public string? CountryOrigin { get; init; }

    public string? Repitente { get; init; }

    public string? PerId { get; init; }

    public string? DocKey { get; init; }

    /// <summary>MOTIVO of a RETIRADO row (rule 5b).</summary>
    public string? Motive { get; init; }

    public bool IsEnrolled => Status == "MATRICULADO";
}
