using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;

namespace PermanenciaAnalytics.Reports.Matching;

/// <summary>
/// docs/plan-matching.md rule 1. The scope's rate so far r = 100 × dropouts / enrolled. When the school year is over
/// (as-of month ≥ last school month) the target is met if r ≤ target, else missed. Before that: missed if r already
/// exceeds the target; otherwise r is projected linearly to the year end, p = r × school months / elapsed school months
/// (rounded to two decimals), and the target is at risk if p exceeds it, met otherwise. No enrolled students: no data.
/// </summary>
public static class TargetRule
{
    public static TargetAssessment Assess(PlanTarget target, IReadOnlyList<IndicatorRow> byGrade, int asOfMonth, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        var (enrolled, dropouts) = ScopeCounts.Sum(byGrade, target.Scope);
        var rate = DropoutRate.Percent(dropouts, enrolled);
        if (rate is not { } soFar)
        {
            return new TargetAssessment(target, enrolled, dropouts, null, null, TargetStatus.NoData);
        }

        var elapsed = options.ElapsedAt(asOfMonth);
        if (elapsed >= options.SchoolMonths)
        {
            return new TargetAssessment(target, enrolled, dropouts, soFar, soFar, soFar <= target.MaxDropoutRate ? TargetStatus.Met : TargetStatus.Missed);
        }

        var projected = Project(dropouts, enrolled, elapsed, options.SchoolMonths);
        var status = soFar > target.MaxDropoutRate ? TargetStatus.Missed
            : projected > target.MaxDropoutRate ? TargetStatus.AtRisk
            : TargetStatus.Met;
        return new TargetAssessment(target, enrolled, dropouts, soFar, projected, status);
    }

    /// <summary>Year-end rate if dropouts keep their average pace per elapsed school month (exact, then rounded).</summary>
    internal static decimal? Project(long dropouts, long enrolled, int elapsed, int schoolMonths)
    {
        if (enrolled <= 0)
        {
            return null;
        }

        if (elapsed <= 0)
        {
            // Before classes start there is no pace to extrapolate: the observed rate is the best estimate.
            return DropoutRate.Percent(dropouts, enrolled);
        }

        var exact = 100m * dropouts * schoolMonths / (enrolled * (decimal)elapsed);
        return Math.Round(exact, 2, MidpointRounding.AwayFromZero);
    }
}
