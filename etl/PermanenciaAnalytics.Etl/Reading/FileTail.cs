using System.Text;

namespace PermanenciaAnalytics.Etl.Reading;

/// <summary>
/// How a text file ends, for telling a complete extract from one cut off mid-row (an interrupted copy or download):
/// exports end every record, the last one included, with a line break.
/// </summary>
public static class FileTail
{
    /// <summary>Whether the last character of the file is CR or LF (reads only the last few bytes).</summary>
    public static bool EndsWithLineBreak(string path, Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var width = encoding.GetByteCount("\n"); // 1, 2 for UTF-16, 4 for UTF-32
        if (stream.Length < width)
        {
            return false;
        }

        stream.Seek(-width, SeekOrigin.End);
        var last = new byte[width];
        stream.ReadExactly(last);
        return encoding.GetString(last) is "\n" or "\r";
    }

    /// <summary>The 1-based number of the file's last line (line feeds + 1), read as a stream; for refusal messages.</summary>
    public static long LastLineNumber(string path, Encoding encoding)
    {
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[64 * 1024];
        long lineFeeds = 0;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            lineFeeds += buffer.AsSpan(0, read).Count('\n');
        }

        return lineFeeds + 1;
    }
}
