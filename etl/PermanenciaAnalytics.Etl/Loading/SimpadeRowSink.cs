using System.Data.Common;
using System.Globalization;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Etl.Validation;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>SIMPADE desertores rows → <c>simpade_dropout</c> and one <c>simpade_dropout_reason</c> row per flag set to 1.</summary>
internal sealed class SimpadeRowSink : IExtractRowSink
{
    /// <summary>Student keys of identity-less rows start with this; PER_IDs are digits and document keys start with D.</summary>
    internal const string AnonymousKeyPrefix = "A";

    private readonly SqlDialect _dialect;
    private readonly SimpadeRowValidator _validator = new();
    private readonly IBulkRowWriter _dropouts;
    private readonly IBulkRowWriter _reasons;
    private readonly InstitutionCatalog _institutions = new();
    private readonly HashSet<(string, int)> _students = [];
    private readonly object _loadId;
    private readonly DateOnly? _requestedCut;
    private readonly object?[] _dropoutValues = new object?[BulkTables.SimpadeDropout.Columns.Count];
    // Reasons reference their dropout row, so they are written after every dropout row is (SIMPADE files are
    // one row per dropout: thousands, not millions, so holding their reason codes is cheap).
    private readonly List<(long RowNumber, string Code)> _pendingReasons = [];
    private readonly object?[] _reasonValues = new object?[BulkTables.SimpadeDropoutReason.Columns.Count];

    public SimpadeRowSink(SqlDialect dialect, DbConnection connection, DbTransaction transaction, long loadId, DateOnly? requestedCut)
    {
        _dialect = dialect;
        _loadId = loadId;
        _requestedCut = requestedCut;
        CutDate = requestedCut;
        _dropouts = BulkRowWriters.Create(dialect, connection, transaction, BulkTables.SimpadeDropout);
        _reasons = BulkRowWriters.Create(dialect, connection, transaction, BulkTables.SimpadeDropoutReason);
    }

    public DateOnly? CutDate { get; private set; }

    public int? SchoolYear { get; private set; }

    public RowIssue? Process(ExtractRowReader row, List<RowIssue> warnings)
    {
        var rejection = _validator.Validate(row, warnings);
        if (rejection is not null)
        {
            return rejection;
        }

        var r = _validator.Record;
        if (r.StudentKey.Length == 0)
        {
            // No identity in the file (MEN's published extract): each row is one student of this load only, never
            // matched to SIMAT by person; simpade_dropout_current keeps the latest such load of a year.
            r.StudentKey = string.Create(CultureInfo.InvariantCulture, $"{AnonymousKeyPrefix}{_loadId}-{row.RowNumber}");
        }

        if (!_students.Add((r.StudentKey, r.SchoolYear)))
        {
            return new RowIssue(row.RowNumber, "PER_ID", null, RejectReasons.DuplicateStudentAtCut, IssueSeverity.Rejected);
        }

        SchoolYear ??= r.SchoolYear;
        CutDate ??= r.CutDate;
        _institutions.Note(row, r.InstitutionDane, r.SedeDane);

        var v = _dropoutValues;
        v[0] = _loadId;
        v[1] = row.RowNumber;
        v[2] = r.SchoolYear;
        v[3] = _requestedCut ?? r.CutDate;
        v[4] = r.StudentKey;
        v[5] = r.PerId;
        v[6] = r.DocKey;
        v[7] = r.InstitutionDane;
        v[8] = r.SedeDane;
        v[9] = r.Grade;
        v[10] = r.GradeName;
        v[11] = r.FinalMonth;
        v[12] = r.Sex;
        v[13] = r.Sector;
        v[14] = r.ReasonsReported;
        v[15] = r.Zona;
        v[16] = r.MonthsServed;
        v[17] = r.LaterSecretariat;
        _dropouts.Add(v);
        foreach (var reason in r.Reasons)
        {
            _pendingReasons.Add((row.RowNumber, reason));
        }

        return null;
    }

    public void Complete(DbConnection connection, DbTransaction transaction)
    {
        // Parent rows first: simpade_dropout_reason references simpade_dropout.
        _dropouts.Flush();
        foreach (var (rowNumber, code) in _pendingReasons)
        {
            _reasonValues[0] = _loadId;
            _reasonValues[1] = rowNumber;
            _reasonValues[2] = code;
            _reasons.Add(_reasonValues);
        }

        _reasons.Flush();
        _institutions.Save(_dialect, connection, transaction);
    }

    public void Dispose()
    {
        _dropouts.Dispose();
        _reasons.Dispose();
    }
}
