using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;

namespace PermanenciaAnalytics.Reports.Matching;

/// <summary>
/// docs/plan-matching.md rule 2: every grade of the dropout universe, and every level with at least two of the
/// institution's grades (a one-grade level would repeat that grade's finding), whose rate is strictly above the
/// municipal rate and that no strategy targets (a strategy without grades targets the whole institution; a level
/// counts as targeted when a strategy targets the level or any of its grades). Without a plan nothing is targeted.
/// </summary>
public static class UntargetedScopeRule
{
    public static IReadOnlyList<UntargetedScope> Find(InstitutionPlan? plan, IReadOnlyList<IndicatorRow> byGrade, decimal? municipalRate)
    {
        ArgumentNullException.ThrowIfNull(byGrade);
        if (municipalRate is not { } municipal)
        {
            return [];
        }

        var strategies = plan?.Strategies ?? [];
        var grades = byGrade.Where(r => r.Grade is { } g && GradeCatalog.IsInDropoutUniverse(g)).Select(r => r.Grade!.Value).Distinct().Order();
        var findings = new List<UntargetedScope>();
        foreach (var grade in grades)
        {
            var scope = PlanScope.ForGrade(grade);
            if (!strategies.Any(s => s.Targets(grade)))
            {
                AddIfAbove(findings, scope, byGrade, municipal);
            }
        }

        foreach (var level in PlanScope.LevelsWithRates)
        {
            var levelGrades = grades.Where(g => GradeCatalog.LevelOf(g) == level).ToList();
            if (levelGrades.Count > 1 && !strategies.Any(s => levelGrades.Any(s.Targets)))
            {
                AddIfAbove(findings, PlanScope.ForLevel(level), byGrade, municipal);
            }
        }

        return findings;
    }

    private static void AddIfAbove(List<UntargetedScope> findings, PlanScope scope, IReadOnlyList<IndicatorRow> byGrade, decimal municipal)
    {
        var (enrolled, dropouts) = ScopeCounts.Sum(byGrade, scope);
        if (DropoutRate.Percent(dropouts, enrolled) is { } rate && rate > municipal)
        {
            findings.Add(new UntargetedScope(scope, enrolled, dropouts, rate, municipal));
        }
    }
}
