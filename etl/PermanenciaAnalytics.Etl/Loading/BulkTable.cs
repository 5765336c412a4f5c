namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>A destination table of a bulk load: its name and columns with their CLR types (for SqlBulkCopy).</summary>
public sealed record BulkTable(string Name, IReadOnlyList<BulkColumn> Columns);

public sealed record BulkColumn(string Name, Type Type);

/// <summary>The tables the extract loaders write, in column order of the values they pass.</summary>
public static class BulkTables
{
    private static readonly Type Text = typeof(string);
    private static readonly Type Int = typeof(int);
    private static readonly Type Long = typeof(long);
    private static readonly Type Date = typeof(DateOnly);
    private static readonly Type Flag = typeof(bool);

    public static readonly BulkTable Enrollment = new("enrollment",
    [
        new("load_id", Long), new("row_number", Long), new("cut_date", Date), new("school_year", Int), new("student_key", Text),
        new("per_id", Text), new("doc_key", Text), new("institution_dane", Text), new("sede_dane", Text), new("grade", Int),
        new("group_code", Text), new("jornada", Text), new("status", Text), new("status_raw", Text), new("is_enrolled", Flag),
        new("start_date", Date), new("end_date", Date), new("sex", Text), new("birth_date", Date), new("country_origin", Text),
        new("zona", Text), new("estrato", Text), new("etnia", Text), new("discapacidad", Text), new("victima", Text),
        new("repitente", Text), new("metodologia", Text), new("motivo", Text),
    ]);

    public static readonly BulkTable StudentContact = new("student_contact",
    [
        new("load_id", Long), new("row_number", Long), new("student_key", Text), new("doc_type", Text), new("doc_number", Text),
        new("first_name", Text), new("second_name", Text), new("first_surname", Text), new("second_surname", Text),
        new("phone", Text), new("address", Text), new("neighborhood", Text), new("email", Text),
    ]);

    public static readonly BulkTable SimpadeDropout = new("simpade_dropout",
    [
        new("load_id", Long), new("row_number", Long), new("school_year", Int), new("cut_date", Date), new("student_key", Text),
        new("per_id", Text), new("doc_key", Text), new("institution_dane", Text), new("sede_dane", Text), new("grade", Int),
        new("grade_name", Text), new("final_month", Int), new("sex", Text), new("sector", Text), new("reasons_reported", Flag),
        new("zona", Text), new("months_served", Int), new("later_secretariat", Text),
    ]);

    public static readonly BulkTable SimpadeDropoutReason = new("simpade_dropout_reason",
    [
        new("load_id", Long), new("row_number", Long), new("reason_code", Text),
    ]);

    public static readonly BulkTable RejectedRow = new("rejected_row",
    [
        new("load_id", Long), new("row_number", Long), new("column_name", Text), new("value", Text), new("reason", Text),
        new("severity", Text),
    ]);
}
