using System.Globalization;
using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Text;
using PermanenciaAnalytics.Etl.Reading;

namespace PermanenciaAnalytics.Etl.Validation;

/// <summary>
/// Validates one SIMPADE desertores row: identity (when the header has it; MEN's published extract has none, and its
/// rows get a per-row key from the sink), institution from <c>SPD_DANE_EE</c> (a different <c>DANE_EE</c> is a
/// warning), year from <c>ANNO</c>, grade from its name (an unknown name is a warning; the row keeps the name),
/// <c>MES_FINAL</c>, <c>FECHA_CORTE</c>, and the reasons: flags equal to 1. All flags blank means no reason reported.
/// </summary>
public sealed class SimpadeRowValidator
{
    private static readonly string[] MonthNames =
        ["ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO", "AGOSTO", "SEPTIEMBRE", "OCTUBRE", "NOVIEMBRE", "DICIEMBRE"];

    private readonly SimpadeRecord _record = new();

    public SimpadeRecord Record => _record;

    public RowIssue? Validate(ExtractRowReader row, List<RowIssue> warnings)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(warnings);
        var n = row.RowNumber;
        var perId = row.Get(ExtractColumn.PerId);
        var doc = row.Get(ExtractColumn.DocNumber);
        var docHash = doc is null || StudentKeys.NormalizeDocument(doc).Length == 0 ? null : StudentKeys.DocumentHash(doc);
        var identified = perId is not null || docHash is not null;
        if (!identified && ExtractSchema.HasIdentity(row.Map))
        {
            return new RowIssue(n, "PER_ID", null, RejectReasons.MissingIdentity, IssueSeverity.Rejected);
        }

        var spdDane = row.Get(ExtractColumn.SimpadeInstitutionDane);
        var otherDane = row.Get(ExtractColumn.InstitutionDane);
        var dane = spdDane ?? otherDane;
        var daneColumn = spdDane is not null ? "SPD_DANE_EE" : SimatRowValidator.HeaderName(row, ExtractColumn.InstitutionDane);
        if (dane is null)
        {
            return new RowIssue(n, "SPD_DANE_EE", null, RejectReasons.MissingInstitution, IssueSeverity.Rejected);
        }

        if (!DaneCodes.IsInstitution(dane))
        {
            return new RowIssue(n, daneColumn, dane, RejectReasons.MalformedInstitutionDane, IssueSeverity.Rejected);
        }

        if (!int.TryParse(row.Get(ExtractColumn.SchoolYear), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return new RowIssue(n, "ANNO", row.Get(ExtractColumn.SchoolYear), RejectReasons.MissingYear, IssueSeverity.Rejected);
        }

        DateOnly? cut = null;
        var cutRaw = row.Get(ExtractColumn.CutDate);
        if (cutRaw is not null)
        {
            if (!ExtractDates.TryParse(cutRaw, out var parsedCut))
            {
                return new RowIssue(n, "FECHA_CORTE", cutRaw, RejectReasons.UnparseableDate, IssueSeverity.Rejected);
            }

            cut = parsedCut;
        }

        if (spdDane is not null && otherDane is not null && otherDane != spdDane)
        {
            warnings.Add(new RowIssue(n, "DANE_EE", otherDane, RejectReasons.InstitutionDaneConflict, IssueSeverity.Warning));
        }

        var gradeName = MojibakeRepair.Repair(row.Get(ExtractColumn.Grade));
        int? grade = null;
        if (GradeCatalog.TryParse(gradeName, out var parsedGrade))
        {
            grade = parsedGrade;
        }
        else
        {
            warnings.Add(new RowIssue(n, "GRADO", gradeName, RejectReasons.UnknownGradeName, IssueSeverity.Warning));
        }

        var monthRaw = row.Get(ExtractColumn.FinalMonth);
        var month = ParseMonth(monthRaw);
        if (monthRaw is not null && month is null)
        {
            warnings.Add(new RowIssue(n, "MES_FINAL", monthRaw, RejectReasons.UnparseableMonth, IssueSeverity.Warning));
        }

        var sede = row.Get(ExtractColumn.SimpadeSedeDane) ?? row.Get(ExtractColumn.SedeDane);
        var r = _record;
        r.SchoolYear = year;
        r.CutDate = cut;
        r.PerId = perId;
        r.DocKey = docHash;
        r.StudentKey = identified ? StudentKeys.StudentKey(perId, docHash) : "";
        r.InstitutionDane = dane;
        r.SedeDane = sede is not null && DaneCodes.IsSede(sede) ? sede : null;
        r.Grade = grade;
        r.GradeName = gradeName;
        r.FinalMonth = month;
        r.Sex = row.Get(ExtractColumn.Sex);
        r.Sector = MojibakeRepair.Repair(row.Get(ExtractColumn.Sector));
        r.Zona = MojibakeRepair.Repair(row.Get(ExtractColumn.Zona));
        ReadAttendance(row, r);
        ReadReasons(row, r);
        return null;
    }

    private static void ReadReasons(ExtractRowReader row, SimpadeRecord r)
    {
        r.Reasons.Clear();
        r.ReasonsReported = false;
        foreach (var (index, code) in row.Map.ReasonColumns)
        {
            var flag = row.GetAt(index);
            if (flag is null)
            {
                continue;
            }

            r.ReasonsReported = true;
            if (flag is "1" or "1.0" && !r.Reasons.Contains(code))
            {
                r.Reasons.Add(code);
            }
        }
    }

    private static void ReadAttendance(ExtractRowReader row, SimpadeRecord r)
    {
        r.MonthsServed = null;
        r.LaterSecretariat = null;
        if (row.Map.MonthlyAttendance.Count == 0)
        {
            return;
        }

        var own = row.Get(ExtractColumn.SecretariatCode);
        var served = 0;
        string? last = null;
        foreach (var month in row.Map.MonthlyAttendance)
        {
            if (!IsServed(row.GetAt(month.AttendedIndex)))
            {
                continue;
            }

            served++;
            last = month.SecretariatIndex >= 0 ? row.GetAt(month.SecretariatIndex) : null;
        }

        r.MonthsServed = served;
        r.LaterSecretariat = last is not null && own is not null && TrimZeros(last) != TrimZeros(own) ? last : null;
    }

    /// <summary>The flag's spellings seen for "served": 1, SI/SÍ, S, X; blank, 0 and NO are not.</summary>
    private static bool IsServed(string? flag) => TextKey.Normalize(flag) is "1" or "1 0" or "SI" or "S" or "X";

    private static string TrimZeros(string code) => code.TrimStart('0');

    private static int? ParseMonth(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            return month is >= 1 and <= 12 ? month : null;
        }

        var index = Array.IndexOf(MonthNames, TextKey.Normalize(raw));
        return index >= 0 ? index + 1 : null;
    }
}
