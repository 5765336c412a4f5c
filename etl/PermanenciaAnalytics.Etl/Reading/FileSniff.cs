using System.Text;

namespace PermanenciaAnalytics.Etl.Reading;

/// <summary>
/// What the first bytes of a file say: its encoding, separator and header line. Reads at most
/// <see cref="SampleBytes"/> bytes, never the whole file. A UTF-16 file is text (<see cref="IsUtf16"/>): its NUL bytes
/// are halves of characters, so <see cref="HasNulBytes"/> is false for it.
/// </summary>
public sealed record FileSniff(Encoding Encoding, char Delimiter, string HeaderLine, bool IsEmpty, bool HasNulBytes, bool IsUtf16 = false)
{
    public const int SampleBytes = 64 * 1024;

    public static FileSniff Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var buffer = new byte[SampleBytes];
        int length;
        bool truncated;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            truncated = length == buffer.Length && stream.Length > length;
        }

        var sample = buffer.AsSpan(0, length);
        var utf16 = TextEncodings.DetectUtf16(sample);
        var hasNul = utf16 is null && sample.Contains((byte)0);
        var encoding = utf16 ?? TextEncodings.Detect(sample, truncated);
        var text = encoding.GetString(sample).TrimStart('\uFEFF');
        var headerLine = FirstLine(text);
        return new FileSniff(encoding, DelimiterDetector.Detect(headerLine), headerLine, string.IsNullOrWhiteSpace(text), hasNul, utf16 is not null);
    }

    private static string FirstLine(string text)
    {
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (ch is '\r' or '\n' && !inQuotes)
            {
                return text[..i];
            }
        }

        return text;
    }
}
