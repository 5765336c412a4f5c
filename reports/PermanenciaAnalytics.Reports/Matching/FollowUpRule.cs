using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Reports.Matching;

/// <summary>
/// docs/plan-matching.md rules 4 and 5. Months expected to have a follow-up record: every school month from the
/// first one up to the as-of month (capped at the last school month). A strategy has follow-up when a record of a month
/// within its start–end months names it; a strategy whose end date is before the end of the as-of month and has none
/// is reported.
/// </summary>
public static class FollowUpRule
{
    public static IReadOnlyList<int> MonthsWithout(InstitutionPlan plan, int asOfMonth, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var recorded = plan.FollowUps.Select(f => f.Month).ToHashSet();
        var last = Math.Min(asOfMonth, options.LastSchoolMonth);
        return Enumerable.Range(options.FirstSchoolMonth, Math.Max(0, last - options.FirstSchoolMonth + 1))
            .Where(m => !recorded.Contains(m))
            .ToList();
    }

    public static IReadOnlyList<PlanStrategy> StrategiesEndedWithout(InstitutionPlan plan, int asOfMonth)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var asOfDate = new DateOnly(plan.Year, asOfMonth, DateTime.DaysInMonth(plan.Year, asOfMonth));
        return plan.Strategies
            .Where(s => s.End < asOfDate && !HasFollowUp(plan, s))
            .ToList();
    }

    private static bool HasFollowUp(InstitutionPlan plan, PlanStrategy strategy)
    {
        var name = TextKey.Normalize(strategy.Name);
        var first = strategy.Start.Year < plan.Year ? 1 : strategy.Start.Month;
        var last = strategy.End.Year > plan.Year ? 12 : strategy.End.Month;
        return plan.FollowUps.Any(f => f.Month >= first && f.Month <= last
            && f.StrategiesCarriedOut.Any(s => TextKey.Normalize(s) == name));
    }
}
