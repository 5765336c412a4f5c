namespace PermanenciaAnalytics.Reports.Quality;

/// <summary>
/// One data-quality count: <see cref="Check"/> is one of <see cref="QualityReport.Checks"/>; institution and previous
/// count are set for per-institution checks. Counts only — never a student identifier.
/// </summary>
public sealed record QualityFinding(string Check, DateOnly? Cut, string? InstitutionDane, long Students, long? Previous);
