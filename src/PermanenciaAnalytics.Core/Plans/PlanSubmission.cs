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
