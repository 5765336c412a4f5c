using System.Globalization;
using System.Text;

namespace PermanenciaAnalytics.Synthetic;

/// <summary>
/// Writes <c>;</c>-delimited rows straight to a buffered stream, field by field, without building row strings.
/// A field holding the delimiter, a quote or a line break is quoted (RFC 4180 style). Lines end in CRLF like SIMAT's web export.
/// </summary>
internal sealed class DelimitedRowWriter : IDisposable
{
    private const char Delimiter = ';';
    private static readonly char[] NeedsQuoting = [Delimiter, '"', '\r', '\n'];
    private readonly StreamWriter _writer;
    private bool _atRowStart = true;

    public DelimitedRowWriter(string path, Encoding encoding)
    {
        _writer = new StreamWriter(path, append: false, encoding, bufferSize: 1 << 16);
    }

    /// <summary>UTF-8 with BOM, as SIMAT and SIMPADE write it.</summary>
    public static Encoding Utf8Bom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Windows-1252, as older SIMAT exports opened and re-saved on Windows are.</summary>
    public static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    public long Rows { get; private set; }

    public void Header(IReadOnlyList<string> columns)
    {
        foreach (var column in columns)
        {
            Field(column);
        }

        EndRow();
        Rows = 0;
    }

    public void Field(string? value)
    {
        Separate();
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(NeedsQuoting) < 0)
        {
            _writer.Write(value);
            return;
        }

        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }

    public void Field(long value)
    {
        Separate();
        Span<char> buffer = stackalloc char[24];
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        _writer.Write(buffer[..written]);
    }

    /// <summary>A number zero-padded to <paramref name="width"/> digits (GRADO_COD "06", CONSECUTIVO parts).</summary>
    public void Field(int value, int width)
    {
        Separate();
        Span<char> buffer = stackalloc char[16];
        var format = value < 0 ? "0" : width switch { 2 => "00", 3 => "000", 4 => "0000", _ => "0" };
        value.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture);
        _writer.Write(buffer[..written]);
    }

    public void Field(DateOnly value, string format)
    {
        Separate();
        Span<char> buffer = stackalloc char[32];
        value.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture);
        _writer.Write(buffer[..written]);
    }

    public void Field(DateTime value, string format)
    {
        Separate();
        Span<char> buffer = stackalloc char[32];
        value.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture);
        _writer.Write(buffer[..written]);
    }

    public void Empty(int count = 1)
    {
        for (var i = 0; i < count; i++)
        {
            Separate();
        }
    }

    public void EndRow()
    {
        _writer.Write("\r\n");
        _atRowStart = true;
        Rows++;
    }

    public void Dispose() => _writer.Dispose();

    private void Separate()
    {
        if (_atRowStart)
        {
            _atRowStart = false;
            return;
        }

        _writer.Write(Delimiter);
    }
}
