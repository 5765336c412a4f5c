namespace PermanenciaAnalytics.Core.Plans;

public enum PlanSubmissionStatus
{
    OnTime,
    Late,
    Missing,
}

/// <summary>
/// Submission status of a plan: on time when filed on or before the deadline, late when filed after it,
/// missing when no plan was loaded. The default deadline is 14 August of the plan year (Cúcuta, circular 0134 of 2023).
/// </summary>
public static class PlanSubmission
{
    public const int DefaultDeadlineMonth = 8;
    public const int DefaultDeadlineDay = 14;

    public static DateOnly DefaultDeadline(int year) => new(year, DefaultDeadlineMonth, DefaultDeadlineDay);

    /// <summary>
    /// The date a plan counts as received: the server's receipt instant (UTC) as a calendar date in Colombia, which is
    /// UTC−5 all year (no daylight saving), so a plan received at 23:30 on the deadline day in Cúcuta is on time.
    /// </summary>
    public static DateOnly ReceiptDate(DateTime receivedAtUtc) => DateOnly.FromDateTime(receivedAtUtc.AddHours(-5));

    public static PlanSubmissionStatus StatusOf(DateOnly? submittedOn, DateOnly deadline) => submittedOn switch
    {
        null => PlanSubmissionStatus.Missing,
        { } date when date <= deadline => PlanSubmissionStatus.OnTime,
        _ => PlanSubmissionStatus.Late,
    };

    public static string Label(PlanSubmissionStatus status) => status switch
    {
        PlanSubmissionStatus.OnTime => "A tiempo",
        PlanSubmissionStatus.Late => "Tarde",
        _ => "Sin plan",
    };
}
