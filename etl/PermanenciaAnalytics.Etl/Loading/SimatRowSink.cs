using System.Data.Common;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Etl.Validation;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// SIMAT rows → <c>enrollment</c> (no personal data) and <c>student_contact</c> (names, document, phone, address).
/// A second row of one student in the file (one file is one cut) at the same institution with the same enrolment state
/// is rejected as <c>duplicate_student_at_cut</c>. A transfer inside one cut (RETIRADO at the origin, MATRICULADO at the
/// destination) is two legitimate rows: rejecting the second would turn the transferred student into a false dropout.
/// </summary>
internal sealed class SimatRowSink : IExtractRowSink
{
    private readonly SqlDialect _dialect;
    private readonly SimatRowValidator _validator;
    private readonly IBulkRowWriter _enrollment;
    private readonly IBulkRowWriter _contacts;
    private readonly InstitutionCatalog _institutions = new();
    private readonly PlacementSet _placements = new();
    private readonly object _loadId;
    private readonly DateOnly _cut;
    private readonly object?[] _enrollmentValues = new object?[BulkTables.Enrollment.Columns.Count];
    private readonly object?[] _contactValues = new object?[BulkTables.StudentContact.Columns.Count];

    // queue (SQLite): the load's writer thread, shared with every other writer of the file, so one thread uses the connection.
    public SimatRowSink(SqlDialect dialect, DbConnection connection, DbTransaction transaction, long loadId, DateOnly cut, SqliteWriteQueue? queue)
    {
        _dialect = dialect;
        _loadId = loadId;
        _cut = cut;
        _validator = new SimatRowValidator(cut.Year);
        _enrollment = BulkRowWriters.Create(dialect, connection, transaction, BulkTables.Enrollment, queue);
        _contacts = BulkRowWriters.Create(dialect, connection, transaction, BulkTables.StudentContact, queue);
    }

    public DateOnly? CutDate => _cut;

    public int? SchoolYear { get; private set; }

    public RowIssue? Process(ExtractRowReader row, List<RowIssue> warnings)
    {
        var rejection = _validator.Validate(row, warnings);
        if (rejection is not null)
        {
            return rejection;
        }

        var r = _validator.Record;
        if (!_placements.Add(r.StudentKey, r.InstitutionDane, r.IsEnrolled))
        {
            return new RowIssue(row.RowNumber, "PER_ID", null, RejectReasons.DuplicateStudentAtCut, IssueSeverity.Rejected);
        }

        SchoolYear ??= r.SchoolYear;
        _institutions.Note(row, r.InstitutionDane, r.SedeDane);
        WriteEnrollment(row.RowNumber, r);
        WriteContact(row.RowNumber, r.StudentKey, _validator.Contact);
        return null;
    }

    public void Complete(DbConnection connection, DbTransaction transaction)
    {
        _enrollment.Flush();
        _contacts.Flush();
        _institutions.Save(_dialect, connection, transaction);
    }

    public void Dispose()
    {
        _enrollment.Dispose();
        _contacts.Dispose();
    }

    private void WriteEnrollment(long rowNumber, EnrollmentRecord r)
    {
        var v = _enrollmentValues;
        v[0] = _loadId;
        v[1] = rowNumber;
        v[2] = _cut;
        v[3] = r.SchoolYear;
        v[4] = r.StudentKey;
        v[5] = r.PerId;
        v[6] = r.DocKey;
        v[7] = r.InstitutionDane;
        v[8] = r.SedeDane;
        v[9] = r.Grade;
        v[10] = r.GroupCode;
        v[11] = r.Jornada;
        v[12] = r.Status;
        v[13] = r.StatusRaw;
        v[14] = r.IsEnrolled;
        v[15] = r.StartDate;
        v[16] = r.EndDate;
        v[17] = r.Sex;
        v[18] = r.BirthDate;
        v[19] = r.CountryOrigin;
        v[20] = r.Zona;
        v[21] = r.Estrato;
        v[22] = r.Etnia;
        v[23] = r.Discapacidad;
        v[24] = r.Victima;
        v[25] = r.Repitente;
        v[26] = r.Metodologia;
        v[27] = r.Motivo;
        _enrollment.Add(v);
    }

    private void WriteContact(long rowNumber, string studentKey, ContactRecord c)
    {
        var v = _contactValues;
        v[0] = _loadId;
        v[1] = rowNumber;
        v[2] = studentKey;
        v[3] = c.DocType;
        v[4] = c.DocNumber;
        v[5] = c.FirstName;
        v[6] = c.SecondName;
        v[7] = c.FirstSurname;
        v[8] = c.SecondSurname;
        v[9] = c.Phone;
        v[10] = c.Address;
        v[11] = c.Neighborhood;
        v[12] = c.Email;
        _contacts.Add(v);
    }
}
