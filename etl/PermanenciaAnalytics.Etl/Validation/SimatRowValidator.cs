using PermanenciaAnalytics.Core.Enrollment;
using PermanenciaAnalytics.Etl.Reading;

namespace PermanenciaAnalytics.Etl.Validation;

/// <summary>
/// Validates one SIMAT row (docs/design.md §4): identity (PER_ID, else TIPODOC + DOC), 12-digit institution DANE, a known
/// grade code, ESTADO present, dates in a known format. The first rejecting problem drops the row; an unknown ESTADO
/// loads as <c>OTRO</c> (not enrolled) with a warning. Reuses its records: read them before the next call.
/// </summary>
public sealed class SimatRowValidator
{
    private const string AnexoStatus = "MATRICULADO";

    private readonly EnrollmentRecord _record = new();
    private readonly ContactRecord _contact = new();
    private readonly int _defaultYear;
    private readonly CodeCache _codes = new();

    public SimatRowValidator(int defaultYear) => _defaultYear = defaultYear;

    public EnrollmentRecord Record => _record;

    public ContactRecord Contact => _contact;

    /// <summary>Fills <see cref="Record"/> and <see cref="Contact"/>; returns the rejection, if any, and adds warnings.</summary>
    public RowIssue? Validate(ExtractRowReader row, List<RowIssue> warnings)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(warnings);
        var n = row.RowNumber;
        var r = _record;

        var perId = row.Get(ExtractColumn.PerId);
        var docType = row.Get(ExtractColumn.DocType);
        var doc = row.Get(ExtractColumn.DocNumber);
        var docHash = doc is null || StudentKeys.NormalizeDocument(doc).Length == 0 ? null : StudentKeys.DocumentHash(doc);
        if (perId is null && (docType is null || docHash is null))
        {
            return new RowIssue(n, "PER_ID", null, RejectReasons.MissingIdentity, IssueSeverity.Rejected);
        }

        var dane = row.Get(ExtractColumn.InstitutionDane);
        var daneHeader = HeaderName(row, ExtractColumn.InstitutionDane);
        if (dane is null)
        {
            return new RowIssue(n, daneHeader, null, RejectReasons.MissingInstitution, IssueSeverity.Rejected);
        }

        if (!DaneCodes.IsInstitution(dane))
        {
            return new RowIssue(n, daneHeader, dane, RejectReasons.MalformedInstitutionDane, IssueSeverity.Rejected);
        }

        var gradeRaw = row.Get(ExtractColumn.Grade);
        var gradeHeader = HeaderName(row, ExtractColumn.Grade);
        if (gradeRaw is null)
        {
            return new RowIssue(n, gradeHeader, null, RejectReasons.MissingGrade, IssueSeverity.Rejected);
        }

        if (!_codes.TryGrade(gradeRaw, out var grade))
        {
            return new RowIssue(n, gradeHeader, gradeRaw, RejectReasons.UnknownGrade, IssueSeverity.Rejected);
        }

        // An Anexo 6A/5A/13A has no ESTADO: its rows are the students enrolled at the file's cut.
        var statusRaw = row.Map.IsAnexoLayout ? AnexoStatus : row.Get(ExtractColumn.Status);
        if (statusRaw is null)
        {
            return new RowIssue(n, HeaderName(row, ExtractColumn.Status), null, RejectReasons.MissingStatus, IssueSeverity.Rejected);
        }

        if (!TryDate(row, ExtractColumn.StartDate, out var start, out var issue)
            || !TryDate(row, ExtractColumn.EndDate, out var end, out issue)
            || !TryDate(row, ExtractColumn.BirthDate, out var birth, out issue))
        {
            return issue;
        }

        var status = _codes.Status(statusRaw);
        if (status == EnrollmentStatus.Other)
        {
            warnings.Add(new RowIssue(n, HeaderName(row, ExtractColumn.Status), statusRaw, RejectReasons.UnknownStatus, IssueSeverity.Warning));
        }

        var sede = row.Get(ExtractColumn.SedeDane);
        if (sede is not null && !DaneCodes.IsSede(sede))
        {
            warnings.Add(new RowIssue(n, HeaderName(row, ExtractColumn.SedeDane), sede, RejectReasons.MalformedSedeDane, IssueSeverity.Warning));
            sede = null;
        }

        r.SchoolYear = int.TryParse(row.Get(ExtractColumn.SchoolYear), out var year) && year is > 1990 and < 2200 ? year : _defaultYear;
        r.PerId = perId;
        r.DocKey = docHash;
        r.StudentKey = StudentKeys.StudentKey(perId, docHash);
        r.InstitutionDane = dane;
        r.SedeDane = sede;
        r.Grade = grade;
        r.GroupCode = row.Get(ExtractColumn.Group);
        r.Jornada = CodedValues.Jornada(row.Get(ExtractColumn.Jornada));
        r.Status = StatusCodes.Of(status);
        r.StatusRaw = statusRaw;
        r.IsEnrolled = EnrollmentStatusParser.IsEnrolled(status);
        r.StartDate = start;
        r.EndDate = end;
        r.BirthDate = birth;
        r.Sex = row.Get(ExtractColumn.Sex);
        r.CountryOrigin = CodedValues.Country(row.Get(ExtractColumn.CountryOrigin));
        r.Zona = CodedValues.Zona(row.Get(ExtractColumn.Zona));
        r.Estrato = row.Get(ExtractColumn.Estrato);
        r.Etnia = CodedValues.Etnia(row.Get(ExtractColumn.Etnia));
        r.Discapacidad = CodedValues.Discapacidad(row.Get(ExtractColumn.Discapacidad));
        r.Victima = row.Get(ExtractColumn.Victima);
        r.Repitente = row.Get(ExtractColumn.Repitente);
        r.Metodologia = row.Get(ExtractColumn.Metodologia);
        r.Motivo = row.Get(ExtractColumn.Motivo);

        var c = _contact;
        c.DocType = docType;
        c.DocNumber = doc;
        c.FirstName = row.Get(ExtractColumn.FirstName);
        c.SecondName = row.Get(ExtractColumn.SecondName);
        c.FirstSurname = row.Get(ExtractColumn.FirstSurname);
        c.SecondSurname = row.Get(ExtractColumn.SecondSurname);
        c.Phone = row.Get(ExtractColumn.Phone);
        c.Address = row.Get(ExtractColumn.Address);
        c.Neighborhood = row.Get(ExtractColumn.Neighborhood);
        c.Email = row.Get(ExtractColumn.Email);
        return null;
    }

    internal static string HeaderName(ExtractRowReader row, ExtractColumn column)
    {
        var index = row.Map.IndexOf(column);
        return index >= 0 ? row.Map.Headers[index].Trim().TrimStart('\uFEFF') : ColumnAliases.DisplayName(column);
    }

    private static bool TryDate(ExtractRowReader row, ExtractColumn column, out DateOnly? date, out RowIssue? issue)
    {
        date = null;
        issue = null;
        var raw = row.Get(column);
        if (raw is null)
        {
            return true;
        }

        if (ExtractDates.TryParse(raw, out var parsed))
        {
            date = parsed;
            return true;
        }

        issue = new RowIssue(row.RowNumber, HeaderName(row, column), raw, RejectReasons.UnparseableDate, IssueSeverity.Rejected);
        return false;
    }
}
