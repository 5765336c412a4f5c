namespace PermanenciaAnalytics.Reports.Matching;

/// <summary>
/// Calendar assumptions of the matching rules (docs/plan-matching.md). Cúcuta follows calendar A: classes run
/// February–November, so projections count school months from <see cref="FirstSchoolMonth"/> to <see cref="LastSchoolMonth"/>.
/// </summary>
public sealed record MatchingOptions
{
    public int FirstSchoolMonth { get; init; } = 2;

    public int LastSchoolMonth { get; init; } = 11;

    /// <summary>Plan deadline per year; default 14 August (<see cref="Core.Plans.PlanSubmission.DefaultDeadline"/>).</summary>
    public Func<int, DateOnly> Deadline { get; init; } = Core.Plans.PlanSubmission.DefaultDeadline;

    public static MatchingOptions Default { get; } = new();

    public int SchoolMonths => LastSchoolMonth - FirstSchoolMonth + 1;

    /// <summary>School months elapsed at the end of <paramref name="month"/>, clamped to 0…<see cref="SchoolMonths"/>.</summary>
    public int ElapsedAt(int month) => Math.Clamp(month - FirstSchoolMonth + 1, 0, SchoolMonths);
}
