using PermanenciaAnalytics.Etl.Reading;

namespace PermanenciaAnalytics.Etl.Validation;

/// <summary>
/// The longest value each column may hold. Real SIMAT/SIMPADE values are short (a name under 60 characters, a document
/// under 15): a longer one is a broken or hostile row, so it is rejected as <see cref="RejectReasons.FieldTooLong"/>
/// instead of being stored (a 10 MB "name" once reached <c>student_contact</c>). Columns the loaders do not read are
/// bounded too (<see cref="AnyField"/>), so no field of any size slips through an unmapped column. Code columns get
/// room for SIMPADE's "code:label" texts (<c>TMF:TARJETA DE MOVILIDAD FRONTERIZA</c>).
/// </summary>
public static class FieldLengthLimits
{
    /// <summary>Bound for every field, mapped or not.</summary>
    public const int AnyField = 1000;

    // A record shorter than this cannot hold a field over the smallest limit below worth scanning for: most rows skip
    // the per-field checks of the unmapped columns.
    private const int FullScanRecordBytes = AnyField;

    private static readonly (ExtractColumn Column, int Limit)[] Limits =
    [
        (ExtractColumn.PerId, 40),
        (ExtractColumn.DocNumber, 20),
        (ExtractColumn.DocType, 100),
        (ExtractColumn.FirstName, 200),
        (ExtractColumn.SecondName, 200),
        (ExtractColumn.FirstSurname, 200),
        (ExtractColumn.SecondSurname, 200),
        (ExtractColumn.Phone, 50),
        (ExtractColumn.Email, 254),
        (ExtractColumn.Address, 300),
        (ExtractColumn.Neighborhood, 200),
        (ExtractColumn.InstitutionDane, 20),
        (ExtractColumn.SedeDane, 20),
        (ExtractColumn.SimpadeInstitutionDane, 20),
        (ExtractColumn.SimpadeSedeDane, 20),
        (ExtractColumn.MunicipalityCode, 20),
        (ExtractColumn.Grade, 60),
        (ExtractColumn.Group, 60),
        (ExtractColumn.Jornada, 60),
        (ExtractColumn.Status, 60),
        (ExtractColumn.SchoolYear, 10),
        (ExtractColumn.StartDate, 30),
        (ExtractColumn.EndDate, 30),
        (ExtractColumn.BirthDate, 30),
        (ExtractColumn.CutDate, 30),
        (ExtractColumn.FinalMonth, 30),
        (ExtractColumn.Sex, 40),
        (ExtractColumn.Zona, 40),
        (ExtractColumn.Estrato, 40),
        (ExtractColumn.Motivo, 300),
        (ExtractColumn.InstitutionName, 300),
        (ExtractColumn.SedeName, 300),
        (ExtractColumn.MunicipalityName, 100),
        (ExtractColumn.CountryOrigin, 100),
        (ExtractColumn.Etnia, 100),
        (ExtractColumn.Discapacidad, 100),
        (ExtractColumn.Victima, 100),
        (ExtractColumn.Repitente, 40),
        (ExtractColumn.Metodologia, 100),
        (ExtractColumn.Calendar, 40),
        (ExtractColumn.Sector, 40),
    ];

    public static int LimitOf(ExtractColumn column)
    {
        foreach (var (c, limit) in Limits)
        {
            if (c == column)
            {
                return limit;
            }
        }

        return AnyField;
    }

    /// <summary>The checks for one file's header: the field index and limit of every bounded column it has.</summary>
    public static FieldLengthCheck For(HeaderMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var fields = new List<(int Index, int Limit)>();
        foreach (var (column, limit) in Limits)
        {
            foreach (var index in map.IndexesOf(column))
            {
                fields.Add((index, limit));
            }
        }

        return new FieldLengthCheck([.. fields.Select(f => f.Index)], [.. fields.Select(f => f.Limit)]);
    }

    /// <summary>
    /// The rejection of the current row when a field is longer than its column allows, else null. The value is never
    /// copied (it may be personal data, and megabytes long): the issue names the column and the limit only.
    /// </summary>
    public static RowIssue? Check(ExtractRowReader row) => For(row?.Map ?? throw new ArgumentNullException(nameof(row))).Check(row);

    internal static RowIssue? CheckAll(ExtractRowReader row, int[] indexes, int[] limits)
    {
        for (var i = 0; i < indexes.Length; i++)
        {
            // Raw UTF-8 bytes bound the characters from above; the exact length is measured only past the limit.
            if (row.RawFieldBytes(indexes[i]) > limits[i] && row.FieldLength(indexes[i]) > limits[i])
            {
                return Issue(row, indexes[i], limits[i]);
            }
        }

        if (row.RecordBytes > FullScanRecordBytes)
        {
            for (var i = 0; i < row.FieldCount; i++)
            {
                if (row.RawFieldBytes(i) > AnyField && row.FieldLength(i) > AnyField)
                {
                    return Issue(row, i, AnyField);
                }
            }
        }

        return null;
    }

    private static RowIssue Issue(ExtractRowReader row, int index, int limit)
    {
        var header = index < row.Map.Headers.Count ? row.Map.Headers[index].Trim().TrimStart('\uFEFF') : $"campo {index + 1}";
        return new RowIssue(row.RowNumber, header, $"más de {limit} caracteres", RejectReasons.FieldTooLong, IssueSeverity.Rejected);
    }
}

/// <summary>The length checks of one file, resolved once from its header so each row costs one pass over an array.</summary>
public sealed class FieldLengthCheck
{
    private readonly int[] _indexes;
    private readonly int[] _limits;

    internal FieldLengthCheck(int[] indexes, int[] limits)
    {
        _indexes = indexes;
        _limits = limits;
    }

    /// <summary>See <see cref="FieldLengthLimits.Check(ExtractRowReader)"/>.</summary>
    public RowIssue? Check(ExtractRowReader row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return FieldLengthLimits.CheckAll(row, _indexes, _limits);
    }
}
