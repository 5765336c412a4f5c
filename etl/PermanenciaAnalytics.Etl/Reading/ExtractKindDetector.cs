namespace PermanenciaAnalytics.Etl.Reading;

/// <summary>Tells SIMAT from SIMPADE by the header alone (for <c>load auto</c> and the inbox job).</summary>
public static class ExtractKindDetector
{
    /// <summary>Reads only the first bytes of the file; empty, binary or unrecognised files are <see cref="ExtractKind.Unknown"/>.</summary>
    public static ExtractKind Detect(string path)
    {
        var sniff = FileSniff.Read(path);
        if (sniff.IsEmpty || sniff.HasNulBytes)
        {
            return ExtractKind.Unknown;
        }

        return Detect(sniff);
    }

    internal static ExtractKind Detect(FileSniff sniff)
    {
        var headers = HeaderLineSplitter.Split(sniff.HeaderLine, sniff.Delimiter);
        return ExtractSchema.Classify(HeaderMap.Build(headers));
    }
}
