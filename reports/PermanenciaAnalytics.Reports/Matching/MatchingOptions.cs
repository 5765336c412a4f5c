namespace PermanenciaAnalytics.Reports.Matching;

/// <summary>
/// Calendar assumptions of the matching rules (docs/plan-matching.md): projections count school months from
/// <see cref="FirstSchoolMonth"/> to <see cref="LastSchoolMonth"/>. The defaults are calendar A (February–November);
/// <see cref="For"/> takes them from the year's stored calendar.
/// </summary>
public sealed record MatchingOptions
{
    public int FirstSchoolMonth { get; init; } = 2;

    public int LastSchoolMonth { get; init; } = 11;

    /// <summary>Plan deadline per year; default 14 August (<see cref="Core.Plans.PlanSubmission.DefaultDeadline"/>).</summary>
    public Func<int, DateOnly> Deadline { get; init; } = Core.Plans.PlanSubmission.DefaultDeadline;

    public static MatchingOptions Default { get; } = new();

    /// <summary>These options with the school months of <paramref name="calendar"/> (issue 13 item 7: the calendar is data).</summary>
    public MatchingOptions For(Core.Calendar.SchoolCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return this with { FirstSchoolMonth = calendar.FirstMonth, LastSchoolMonth = calendar.LastMonth };
    }

    public int SchoolMonths => LastSchoolMonth - FirstSchoolMonth + 1;

    /// <summary>School months elapsed at the end of <paramref name="month"/>, clamped to 0…<see cref="SchoolMonths"/>.</summary>
    public int ElapsedAt(int month) => Math.Clamp(month - FirstSchoolMonth + 1, 0, SchoolMonths);
}
