namespace PermanenciaAnalytics.Etl.Validation;

/// <summary>
/// Stable snake_case codes for rejected rows and warnings; they appear in <c>load_reject_reason</c>,
/// <c>rejected_row</c>, the rejects CSV and the JSON summary, so never rename one.
/// </summary>
public static class RejectReasons
{
    // Row rejected (not loaded).
    public const string MissingIdentity = "missing_identity";
    public const string MissingInstitution = "missing_institution";
    public const string MalformedInstitutionDane = "malformed_institution_dane";
    public const string MissingGrade = "missing_grade";
    public const string UnknownGrade = "unknown_grade";
    public const string MissingStatus = "missing_status";
    public const string UnparseableDate = "unparseable_date";
    public const string MissingYear = "missing_year";
    public const string DuplicateStudentAtCut = "duplicate_student_at_cut";
    public const string FieldTooLong = "field_too_long";
    public const string TruncatedLastLine = "truncated_last_line";

    // Warnings (row loaded).
    public const string UnknownStatus = "unknown_status";
    public const string MalformedSedeDane = "malformed_sede_dane";
    public const string InstitutionDaneConflict = "institution_dane_conflict";
    public const string UnknownGradeName = "unknown_grade_name";
    public const string UnparseableMonth = "unparseable_month";
}

/// <summary>Whether an issue drops the row (<see cref="Rejected"/>) or only reports it (<see cref="Warning"/>).</summary>
public enum IssueSeverity
{
    Rejected,
    Warning,
}

/// <summary>
/// One problem found in one row. <see cref="Value"/> holds only the offending field's value, and is null for
/// identity problems, so a rejects report never carries names, documents, phones or addresses.
/// </summary>
public readonly record struct RowIssue(long RowNumber, string? Column, string? Value, string Reason, IssueSeverity Severity)
{
    public string SeverityText => Severity == IssueSeverity.Rejected ? "rejected" : "warning";
}
