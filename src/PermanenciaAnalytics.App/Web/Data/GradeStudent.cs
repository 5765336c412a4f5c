namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>A student of one institution and grade (drill-down). Personal data: render to allowed roles only, never log.</summary>
public sealed record GradeStudent(
    string StudentKey,
    string? GroupCode,
    DateOnly LastEnrolledCut,
    bool IsDropout,
    string? DocType,
    string? DocNumber,
    string? FullName)
{
    public string DisplayName => FullName ?? StudentNames.Missing;

    public string Document => $"{DocType} {DocNumber}".Trim();
}
