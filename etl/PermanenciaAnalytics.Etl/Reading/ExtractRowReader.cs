using CsvHelper;

namespace PermanenciaAnalytics.Etl.Reading;

/// <summary>
/// Streams the records of one extract with CsvHelper's low-level reader: fields are read by the index the
/// <see cref="HeaderMap"/> found, so no record type is mapped and nothing but the current record is held.
/// Short records (a missing trailing field) read as empty fields. A record longer than <see cref="MaxRecordBytes"/>
/// (an unclosed quote, a hostile field) throws <see cref="CsvFormatException"/> instead of growing the buffer to gigabytes.
/// </summary>
public sealed class ExtractRowReader : IDisposable
{
    /// <summary>The longest record read: a SIMAT row is under 1 KB, a SIMPADE row a few KB.</summary>
    public const int MaxRecordBytes = 16 * 1024 * 1024;

    private readonly CsvReader _csv;

    private ExtractRowReader(CsvReader csv, HeaderMap map, FileSniff sniff)
    {
        _csv = csv;
        Map = map;
        Sniff = sniff;
    }

    public HeaderMap Map { get; }

    public FileSniff Sniff { get; }

    /// <summary>1-based number of the current data record (the header is not counted).</summary>
    public long RowNumber => _csv.RowNumber;

    /// <summary>Offset in (UTF-8) bytes of the current record, for progress.</summary>
    public long ByteOffset => _csv.ByteOffset;

    public static ExtractRowReader Open(string path) => Open(path, FileSniff.Read(path));

    public static ExtractRowReader Open(string path, FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var options = new CsvReaderOptions
        {
            Separator = sniff.Delimiter,
            Encoding = sniff.Encoding,
            HasHeader = true,
            SkipEmptyLines = true,
            IncludeValuesInExceptions = false, // values are personal data: keep them out of exception messages
            MaxRecordSize = MaxRecordBytes,
        };
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        CsvReader? csv = null;
        try
        {
            csv = CsvReader.Create(stream, options, leaveOpen: false);
            var headers = csv.Headers.Select(h => h.TrimStart('\uFEFF')).ToArray();
            return new ExtractRowReader(csv, HeaderMap.Build(headers), sniff);
        }
        catch
        {
            if (csv is null)
            {
                stream.Dispose();
            }
            else
            {
                csv.Dispose();
            }

            throw;
        }
    }

    public bool Read() => _csv.Read();

    /// <summary>Number of fields of the current record (a cut-off last line has fewer than the header).</summary>
    public int FieldCount => _csv.FieldCount;

    /// <summary>Length in bytes of the current record as it is in the input, without its line break.</summary>
    public int RecordBytes => _csv.RawRecord.Length;

    /// <summary>Length in bytes of a field as it is in the input (quotes included): an upper bound of its characters.</summary>
    public int RawFieldBytes(int index) => index < 0 || index >= _csv.FieldCount ? 0 : _csv.GetRawSpan(index).Length;

    /// <summary>
    /// Length in characters of a field's value without its surrounding spaces, counted from its UTF-8 bytes: a 20 MB
    /// field is measured without being copied into a 40 MB string.
    /// </summary>
    public int FieldLength(int index) =>
        index < 0 || index >= _csv.FieldCount ? 0 : System.Text.Encoding.UTF8.GetCharCount(_csv.GetSpan(index).Trim(" \t"u8));

    /// <summary>The trimmed value of a logical column, or null when the header lacks it or the field is blank.</summary>
    public string? Get(ExtractColumn column)
    {
        var indexes = Map.IndexesOf(column);
        for (var i = 0; i < indexes.Count; i++)
        {
            var value = GetAt(indexes[i]);
            if (value is not null)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The trimmed value at a field index, or null when out of range or blank.</summary>
    public string? GetAt(int index)
    {
        if (index < 0 || index >= _csv.FieldCount)
        {
            return null;
        }

        var value = _csv.GetString(index);
        if (value.Length == 0)
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    public void Dispose() => _csv.Dispose();
}
