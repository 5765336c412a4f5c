using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;

namespace PermanenciaAnalytics.Reports.Matching;

/// <summary>Sums grade rows into a scope: counts first, then the rate (docs/design.md §5 rule 7).</summary>
internal static class ScopeCounts
{
    public static (long Enrolled, long Dropouts) Sum(IEnumerable<IndicatorRow> byGrade, PlanScope scope)
    {
        long enrolled = 0;
        long dropouts = 0;
        foreach (var row in byGrade)
        {
            if (row.Grade is { } grade && GradeCatalog.IsInDropoutUniverse(grade) && scope.Contains(grade))
            {
                enrolled += row.Enrolled;
                dropouts += row.Dropouts;
            }
        }

        return (enrolled, dropouts);
    }
}
