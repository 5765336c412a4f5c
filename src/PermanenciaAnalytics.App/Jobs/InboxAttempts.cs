using System.Globalization;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>
/// How many times each inbox file has been tried, kept on disk beside the inbox (<c>.attempts/</c>) so the count
/// survives what Hangfire's own retry count does not: the watcher queueing the file again after its job failed, and a
/// process that died mid-import (an out-of-memory file used to be retried forever, taking the server down each time).
/// One small text file per inbox file: the count, then the last error.
/// </summary>
public sealed class InboxAttempts(InboxFolders folders)
{
    private string Folder => Path.Combine(folders.Inbox, ".attempts");

    /// <summary>Counts a new attempt at <paramref name="fileName"/> and returns its number (1 for the first).</summary>
    public int Begin(string fileName)
    {
        var (count, error) = Read(fileName);
        Write(fileName, count + 1, error);
        return count + 1;
    }

    /// <summary>An attempt that did not run to its end for a reason that is not the file's (shutdown): uncounted.</summary>
    public void Undo(string fileName)
    {
        var (count, error) = Read(fileName);
        Write(fileName, Math.Max(0, count - 1), error);
    }

    public void RecordFailure(string fileName, string message)
    {
        var (count, _) = Read(fileName);
        Write(fileName, count, message.ReplaceLineEndings(" "));
    }

    /// <summary>The error of the last failed attempt, or null when attempts ended without one (the process died).</summary>
    public string? LastError(string fileName) => Read(fileName).Error;

    public void Clear(string fileName)
    {
        var path = PathOf(fileName);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private string PathOf(string fileName) => Path.Combine(Folder, Path.GetFileName(folders.PathOf(fileName)) + ".txt");

    private (int Count, string? Error) Read(string fileName)
    {
        var path = PathOf(fileName);
        if (!File.Exists(path))
        {
            return (0, null);
        }

        var lines = File.ReadAllLines(path);
        var count = lines.Length > 0 && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return (count, lines.Length > 1 && lines[1].Length > 0 ? lines[1] : null);
    }

    private void Write(string fileName, int count, string? error)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllLines(PathOf(fileName), [count.ToString(CultureInfo.InvariantCulture), error ?? ""]);
    }
}
