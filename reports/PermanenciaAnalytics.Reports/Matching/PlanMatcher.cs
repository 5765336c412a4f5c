using PermanenciaAnalytics.Core.Plans;

namespace PermanenciaAnalytics.Reports.Matching;

/// <summary>Applies every rule of docs/plan-matching.md to one institution and year.</summary>
public static class PlanMatcher
{
    public static PlanMatchResult Match(PlanMatchInput input, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= MatchingOptions.Default;
        var asOfMonth = ResolveAsOfMonth(input, options);
        var plan = input.Plan;
        var submission = PlanSubmission.StatusOf(plan?.SubmittedOn, options.Deadline(input.Year));
        var targets = plan?.Targets.Select(t => TargetRule.Assess(t, input.ByGrade, asOfMonth, options)).ToList() ?? [];
        return new PlanMatchResult(
            input.InstitutionDane,
            input.Year,
            asOfMonth,
            submission,
            targets,
            UntargetedScopeRule.Find(plan, input.ByGrade, input.MunicipalRate),
            ReasonCoverageRule.Assess(plan, input.ObservedReasons),
            plan is null ? [] : FollowUpRule.MonthsWithout(plan, asOfMonth, options),
            plan is null ? [] : FollowUpRule.StrategiesEndedWithout(plan, asOfMonth));
    }

    /// <summary>The explicit as-of month, else the last month of the monthly path, else the last school month.</summary>
    public static int ResolveAsOfMonth(PlanMatchInput input, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        if (input.AsOfMonth is { } explicitMonth)
        {
            return Math.Clamp(explicitMonth, 1, 12);
        }

        var months = input.ByMonth.Where(r => r.Month is not null).Select(r => r.Month!.Value).ToList();
        return months.Count > 0 ? months.Max() : options.LastSchoolMonth;
    }
}
