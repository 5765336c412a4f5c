using System.Globalization;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>
/// The inbox and where its files end up: <c>processed/</c> after a load (or a duplicate), <c>refused/</c> with a
/// <c>.reason.txt</c> beside the file. Only top-level files of the inbox are candidates.
/// </summary>
public sealed class InboxFolders
{
    private static readonly string[] Extensions = [".csv", ".txt", ".xlsx"];

    public InboxFolders(string inbox)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inbox);
        Inbox = Path.GetFullPath(inbox);
    }

    public string Inbox { get; }

    public string Processed => Path.Combine(Inbox, "processed");

    public string Refused => Path.Combine(Inbox, "refused");

    public void EnsureExist()
    {
        Directory.CreateDirectory(Inbox);
        Directory.CreateDirectory(Processed);
        Directory.CreateDirectory(Refused);
    }

    /// <summary>Files waiting in the inbox, by name (the job argument: never a path outside the inbox).</summary>
    public IReadOnlyList<string> Pending() =>
        !Directory.Exists(Inbox)
            ? []
            : Directory.EnumerateFiles(Inbox)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Select(f => Path.GetFileName(f))
                .Order(StringComparer.Ordinal)
                .ToList();

    /// <summary>Resolves a job's file name inside the inbox, refusing anything that tries to leave it.</summary>
    public string PathOf(string fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName) || fileName != Path.GetFileName(fileName))
        {
            throw new ArgumentException($"'{fileName}' no es un nombre de archivo de la bandeja de entrada.", nameof(fileName));
        }

        return Path.Combine(Inbox, fileName);
    }

    public string MoveToProcessed(string fileName) => Move(fileName, Processed);

    public string MoveToRefused(string fileName, string reason)
    {
        var moved = Move(fileName, Refused);
        File.WriteAllText(moved + ".reason.txt", reason + Environment.NewLine);
        return moved;
    }

    private string Move(string fileName, string folder)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, fileName);
        if (File.Exists(target))
        {
            // A file of the same name was handled before: keep both, the older one untouched.
            var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(fileName)}.{stamp}{Path.GetExtension(fileName)}");
        }

        File.Move(PathOf(fileName), target);
        return target;
    }
}
