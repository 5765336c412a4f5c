namespace PermanenciaAnalytics.Core.Risk;

/// <summary>
/// What the extracts say about one student enrolled at a cut of <see cref="Year"/>, using only rows up to that cut and
/// the engine's outcomes of the year before. Read set-wise by the risk queries; the rules are in
/// <see cref="RiskFactorRules"/>.
/// </summary>
public sealed record RiskStudentFacts
{
    public required int Year { get; init; }

    public required string InstitutionDane { get; init; }

    public required int Grade { get; init; }

    public string? Jornada { get; init; }

    public DateOnly? BirthDate { get; init; }

    public string? Repitente { get; init; }

    public string? CountryOrigin { get; init; }

    public string? Victima { get; init; }

    public string? Discapacidad { get; init; }

    /// <summary>Distinct cuts of the year, up to the scoring cut, at which the student is MATRICULADO.</summary>
    public int EnrolledCuts { get; init; } = 1;

    /// <summary>Cuts of the year from the student's first enrolled cut to the scoring cut, both included.</summary>
    public int CutsSinceFirstEnrolled { get; init; } = 1;

    /// <summary>Distinct institutions the student is MATRICULADO at during the year, up to the scoring cut.</summary>
    public int InstitutionsThisYear { get; init; } = 1;

    /// <summary>True when the engine holds outcomes of <see cref="Year"/> − 1 (otherwise "nuevo" cannot be told).</summary>
    public bool PriorYearLoaded { get; init; }

    public int? PriorGrade { get; init; }

    public string? PriorInstitutionDane { get; init; }

    public bool PriorDropout { get; init; }

    /// <summary>Dropout rate (%) of the student's sede in the year before, when the engine holds it.</summary>
    public decimal? SedePriorRate { get; init; }
}
