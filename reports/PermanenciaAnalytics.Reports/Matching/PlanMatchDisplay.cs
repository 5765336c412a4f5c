using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;

namespace PermanenciaAnalytics.Reports.Matching;

/// <summary>
/// How matching results read in Spanish and which CSS class marks them, shared by the published page and the web page
/// so both say the same thing; and which plan scopes a suppressed grade makes reserved.
/// </summary>
public static class PlanMatchDisplay
{
    public static string TargetLabel(TargetStatus status) => status switch
    {
        TargetStatus.Met => "Cumplida",
        TargetStatus.AtRisk => "En riesgo",
        TargetStatus.Missed => "Incumplida",
        _ => "Sin datos",
    };

    public static string TargetClass(TargetStatus status) => status switch
    {
        TargetStatus.Met => "ok",
        TargetStatus.AtRisk => "warn",
        TargetStatus.Missed => "bad",
        _ => string.Empty,
    };

    public static string StatusClass(PlanSubmissionStatus status) => status switch
    {
        PlanSubmissionStatus.OnTime => "ok",
        PlanSubmissionStatus.Late => "warn",
        _ => "bad",
    };

    /// <summary>
    /// A result on a scope that holds a suppressed grade would hint at that grade's counts, so it is reserved too:
    /// the grade itself, or any level that contains it.
    /// </summary>
    public static bool IsReserved(PlanScope scope, IReadOnlySet<int> hiddenGrades)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(hiddenGrades);
        return scope.Grade is { } grade ? hiddenGrades.Contains(grade) : hiddenGrades.Any(g => GradeCatalog.LevelOf(g) == scope.Level);
    }

    /// <summary>The grades of these rows whose cells are suppressed: the scopes <see cref="IsReserved"/> reserves.</summary>
    public static IReadOnlySet<int> HiddenGrades(IEnumerable<IndicatorRow> byGrade)
    {
        ArgumentNullException.ThrowIfNull(byGrade);
        return byGrade.Where(r => r.Suppressed && r.Grade is not null).Select(r => r.Grade!.Value).ToHashSet();
    }
}
