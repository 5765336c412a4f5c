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
