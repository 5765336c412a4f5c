using PermanenciaAnalytics.Core.Plans;

namespace PermanenciaAnalytics.Reports.Matching;

public enum TargetStatus
{
    Met,
    AtRisk,
    Missed,
    NoData,
}

/// <summary>A plan target against the observed counts of its scope; rates in percent with two decimals.</summary>
public sealed record TargetAssessment(
    PlanTarget Target,
    long Enrolled,
    long Dropouts,
    decimal? RateSoFar,
    decimal? ProjectedRate,
    TargetStatus Status);

/// <summary>A grade or level whose dropout rate is above the municipal rate and that no strategy of the plan targets.</summary>
public sealed record UntargetedScope(PlanScope Scope, long Enrolled, long Dropouts, decimal Rate, decimal MunicipalRate);

/// <summary>A SIMPADE reason seen among the institution's dropouts.</summary>
public sealed record ObservedReason(string Code, string Label, int Dropouts);

/// <summary>
/// Observed reasons split by whether a plan risk factor covers them; <see cref="CoveragePercent"/> = covered distinct
/// reasons / observed distinct reasons × 100 (null when no reason was observed).
/// </summary>
public sealed record ReasonCoverage(IReadOnlyList<ObservedReason> Covered, IReadOnlyList<ObservedReason> Uncovered, decimal? CoveragePercent);

/// <summary>The findings of docs/plan-matching.md for one institution and year.</summary>
public sealed record PlanMatchResult(
    string InstitutionDane,
    int Year,
    int AsOfMonth,
    PlanSubmissionStatus Submission,
    IReadOnlyList<TargetAssessment> Targets,
    IReadOnlyList<UntargetedScope> UntargetedAboveMunicipal,
    ReasonCoverage Reasons,
    IReadOnlyList<int> MonthsWithoutFollowUp,
    IReadOnlyList<PlanStrategy> StrategiesEndedWithoutFollowUp);
