using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;

namespace PermanenciaAnalytics.Reports.Matching;

/// <summary>
/// The cumulative number of dropouts the plan's targets allow by the end of each month (docs/plan-matching.md,
/// "target path"): each grade with enrolled students and a target (its grade target, else its level target)
/// allows enrolled × target / 100 dropouts in the year, spread evenly over the school months.
/// Grades without a target add nothing. Null when the plan has no applicable target.
/// </summary>
public static class TargetPath
{
    public static decimal? YearEndAllowance(InstitutionPlan? plan, IReadOnlyList<IndicatorRow> byGrade)
    {
        ArgumentNullException.ThrowIfNull(byGrade);
        if (plan is null || plan.Targets.Count == 0)
        {
            return null;
        }

        decimal allowed = 0;
        var any = false;
        foreach (var row in byGrade)
        {
            if (row.Grade is not { } grade || !GradeCatalog.IsInDropoutUniverse(grade) || row.Enrolled <= 0)
            {
                continue;
            }

            var target = plan.Targets.FirstOrDefault(t => t.Scope.Grade == grade)
                ?? plan.Targets.FirstOrDefault(t => t.Scope.Level == GradeCatalog.LevelOf(grade));
            if (target is not null)
            {
                allowed += row.Enrolled * target.MaxDropoutRate / 100m;
                any = true;
            }
        }

        return any ? allowed : null;
    }

    public static decimal AllowedAt(decimal yearEndAllowance, int month, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return yearEndAllowance * options.ElapsedAt(month) / options.SchoolMonths;
    }
}
