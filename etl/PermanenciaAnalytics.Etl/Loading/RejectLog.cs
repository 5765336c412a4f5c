using System.Globalization;
using System.Text;
using PermanenciaAnalytics.Core.Text;
using PermanenciaAnalytics.Etl.Validation;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// Collects the issues of one load: counts rejections by reason, counts warnings, writes each issue to the rejects
/// CSV (<c>row_number,column,value,reason,severity</c>, invariant culture, fields through <see cref="CsvCell"/>) and to <c>rejected_row</c>. The CSV is
/// created on the first issue only.
/// </summary>
internal sealed class RejectLog : IDisposable
{
    private readonly string _csvPath;
    private readonly IBulkRowWriter _rows;
    private readonly object _loadId;
    private readonly object?[] _values = new object?[6];
    private StreamWriter? _csv;

    public RejectLog(string csvPath, IBulkRowWriter rows, long loadId)
    {
        _csvPath = csvPath;
        _rows = rows;
        _loadId = loadId;
    }

    public Dictionary<string, long> RejectedByReason { get; } = new(StringComparer.Ordinal);

    public long Rejected { get; private set; }

    public long Warnings { get; private set; }

    /// <summary>The CSV path when at least one issue was written.</summary>
    public string? WrittenPath => _csv is null ? null : _csvPath;

    public void Add(RowIssue issue)
    {
        if (issue.Severity == IssueSeverity.Rejected)
        {
            Rejected++;
            RejectedByReason[issue.Reason] = RejectedByReason.GetValueOrDefault(issue.Reason) + 1;
        }
        else
        {
            Warnings++;
        }

        _values[0] = _loadId;
        _values[1] = issue.RowNumber;
        _values[2] = issue.Column;
        // Personal values never reach the report (PersonalValueMask); the rest is cut to 200 characters.
        var value = Truncate(PersonalValueMask.Mask(issue.Column, issue.Value));
        _values[3] = value;
        _values[4] = issue.Reason;
        _values[5] = issue.SeverityText;
        _rows.Add(_values);
        WriteCsv(issue, value);
    }

    public void Flush()
    {
        _rows.Flush();
        _csv?.Flush();
    }

    /// <summary>Removes the CSV (used when the load failed part-way and its report would be incomplete).</summary>
    public void Discard()
    {
        Dispose();
        if (File.Exists(_csvPath))
        {
            File.Delete(_csvPath);
        }
    }

    public void Dispose()
    {
        _csv?.Dispose();
        _rows.Dispose();
    }

    private void WriteCsv(RowIssue issue, string? value)
    {
        if (_csv is null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_csvPath))!);
            _csv = new StreamWriter(_csvPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            _csv.Write("row_number,column,value,reason,severity\n");
        }

        _csv.Write(issue.RowNumber.ToString(CultureInfo.InvariantCulture));
        _csv.Write(',');
        _csv.Write(CsvCell.Field(issue.Column));
        _csv.Write(',');
        _csv.Write(CsvCell.Field(value));
        _csv.Write(',');
        _csv.Write(issue.Reason);
        _csv.Write(',');
        _csv.Write(issue.SeverityText);
        _csv.Write('\n');
    }

    private static string? Truncate(string? value) => value is { Length: > 200 } ? value[..200] : value;
}
