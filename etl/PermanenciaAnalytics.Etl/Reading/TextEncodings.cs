using System.Text;

namespace PermanenciaAnalytics.Etl.Reading;

/// <summary>
/// The encodings SIMAT/SIMPADE exports come in. Windows-1252 needs the code-pages provider on .NET,
/// registered once here before first use.
/// </summary>
public static class TextEncodings
{
    private static readonly Lazy<Encoding> Windows1252Lazy = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static Encoding Windows1252 => Windows1252Lazy.Value;

    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// UTF-16 (little or big endian) when the sample starts with its byte order mark, or — without one — when almost
    /// every pair of bytes is a character with a zero high byte (ASCII text saved as "Unicode" by Excel or Notepad).
    /// Null for byte-oriented text. Such files are full of NUL bytes, so this is asked before calling a file binary.
    /// </summary>
    public static Encoding? DetectUtf16(ReadOnlySpan<byte> sample)
    {
        // UTF-32 LE's mark starts with UTF-16 LE's: it is wide text too, and CsvHelper reads it by its mark.
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Encoding.UTF32;
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        var pairs = Math.Min(sample.Length / 2, 4096);
        if (pairs < 2)
        {
            return null;
        }

        int little = 0, big = 0;
        for (var i = 0; i < pairs; i++)
        {
            var (a, b) = (sample[2 * i], sample[(2 * i) + 1]);
            little += a != 0 && b == 0 ? 1 : 0;
            big += a == 0 && b != 0 ? 1 : 0;
        }

        // 90 %: accented letters (a non-zero high byte) are few in SIMAT text; random binary is far below this.
        return little * 10 >= pairs * 9 ? Encoding.Unicode : big * 10 >= pairs * 9 ? Encoding.BigEndianUnicode : null;
    }

    /// <summary>How a refusal or summary names an encoding.</summary>
    public static string DisplayName(Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        return encoding.CodePage switch
        {
            1200 => "UTF-16 LE",
            1201 => "UTF-16 BE",
            65001 => "UTF-8",
            1252 => "Windows-1252",
            12000 => "UTF-32 LE",
            _ => encoding.WebName,
        };
    }

    /// <summary>
    /// UTF-8 when the bytes have a UTF-8 BOM or decode as valid UTF-8, else Windows-1252 (a superset of the
    /// Latin-1 that older SIMAT exports use). <paramref name="truncated"/> says the sample may end mid-character.
    /// </summary>
    public static Encoding Detect(ReadOnlySpan<byte> sample, bool truncated)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8;
        }

        if (truncated)
        {
            sample = TrimIncompleteTail(sample);
        }

        return System.Text.Unicode.Utf8.IsValid(sample) ? Utf8 : Windows1252;
    }

    /// <summary>Drops a UTF-8 sequence cut off at the end of a sample (at most 3 bytes).</summary>
    private static ReadOnlySpan<byte> TrimIncompleteTail(ReadOnlySpan<byte> sample)
    {
        for (var back = 1; back <= 3 && back <= sample.Length; back++)
        {
            var b = sample[^back];
            if ((b & 0xC0) == 0xC0)
            {
                return sample[..^back]; // lead byte of a sequence that may be incomplete
            }

            if ((b & 0x80) == 0)
            {
                break;
            }
        }

        return sample;
    }
}
