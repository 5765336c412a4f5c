using PermanenciaAnalytics.Core.Plans;

namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>The result of validating a plan: the plan when there is no error, otherwise every error found.</summary>
public sealed record PlanValidation(InstitutionPlan? Plan, IReadOnlyList<PlanCellError> Errors)
{
    public bool IsValid => Plan is not null && Errors.Count == 0;
}
