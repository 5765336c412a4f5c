namespace PermanenciaAnalytics.Core.Plans;

/// <summary>
/// A Plan Institucional de Permanencia Escolar of one institution for one year, as loaded from the template.
/// <see cref="SubmittedOn"/> is the filing date that decides on time / late (see <see cref="PlanSubmission"/>): the
/// Colombian date of the server's FIRST receipt of this institution's plan for the year, never a date typed in the
/// workbook; <see cref="DeclaredOn"/> is that typed date ("fecha declarada"), kept as information only.
/// </summary>
public sealed record InstitutionPlan
{
    public required string InstitutionDane { get; init; }

    public required int Year { get; init; }

    public string? InstitutionName { get; init; }

    public required DateOnly SubmittedOn { get; init; }

    public DateOnly? DeclaredOn { get; init; }

    public IReadOnlyList<PlanRiskFactor> RiskFactors { get; init; } = [];

    public IReadOnlyList<PlanProtectiveFactor> ProtectiveFactors { get; init; } = [];

    public IReadOnlyList<PlanStrategy> Strategies { get; init; } = [];

    public IReadOnlyList<PlanTarget> Targets { get; init; } = [];

    public IReadOnlyList<PlanFollowUp> FollowUps { get; init; } = [];
}

/// <summary>
/// A risk factor and the SIMPADE reason codes it answers. An empty <see cref="ReasonCodes"/> means the factor
/// addresses its whole category (every SIMPADE reason of that category).
/// </summary>
public sealed record PlanRiskFactor(RiskFactorCategory Category, string Description, IReadOnlyList<string> ReasonCodes);

public sealed record PlanProtectiveFactor(RiskFactorCategory Category, string Description);

/// <summary>A retention strategy; <see cref="Scopes"/> empty means the whole institution (every grade).</summary>
public sealed record PlanStrategy(
    string Name,
    StrategyType Type,
    IReadOnlyList<PlanScope> Scopes,
    string TargetPopulation,
    string Responsible,
    DateOnly Start,
    DateOnly End)
{
    public bool Targets(int grade) => Scopes.Count == 0 || Scopes.Any(s => s.Contains(grade));
}

/// <summary>The plan's goal: the dropout rate (percent, two decimals) of <see cref="Scope"/> must stay at or below it.</summary>
public sealed record PlanTarget(PlanScope Scope, decimal MaxDropoutRate);

/// <summary>
/// One monthly follow-up record. <see cref="StrategiesCarriedOut"/> holds strategy names as written in the
/// plan's strategies part (matched ignoring case and accents).
/// </summary>
public sealed record PlanFollowUp(
    int Month,
    int StudentsAtRisk,
    int Contacted,
    int ReEnrolled,
    IReadOnlyList<string> StrategiesCarriedOut,
    string? Notes);
