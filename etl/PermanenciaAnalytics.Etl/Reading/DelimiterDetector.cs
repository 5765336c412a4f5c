namespace PermanenciaAnalytics.Etl.Reading;

/// <summary>
/// Picks the field separator from the header line: the candidate (<c>, ; tab |</c>) that occurs most often outside
/// double quotes. Ties go to the earlier candidate; a header with none of them is a one-column file read with a comma.
/// </summary>
public static class DelimiterDetector
{
    public static readonly char[] Candidates = [',', ';', '\t', '|'];

    public static char Detect(string headerLine)
    {
        ArgumentNullException.ThrowIfNull(headerLine);
        var counts = new int[Candidates.Length];
        var inQuotes = false;
        foreach (var ch in headerLine)
        {
            if (ch == '"')
            {
                inQuotes = !inQuotes;
                continue;
            }

            if (ch is '\r' or '\n' && !inQuotes)
            {
                break;
            }

            var index = Array.IndexOf(Candidates, ch);
            if (index >= 0 && !inQuotes)
            {
                counts[index]++;
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Candidates[best];
    }
}
