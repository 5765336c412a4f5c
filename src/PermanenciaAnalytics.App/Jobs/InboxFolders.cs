using System.Globalization;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>
/// The inbox and where its files end up: <c>processed/</c> after a load (or a duplicate), <c>refused/</c> with a
/// <c>.reason.txt</c> beside the file. Only top-level files of the inbox are candidates. A worker claims a file before
/// importing it by renaming it into <c>.processing/{instance}/</c>: a rename on one file system is atomic, so of two
/// processes watching one inbox exactly one wins, and the claim names its owner, so a claim left by a process that died
/// goes back to the inbox (<see cref="ReclaimStale"/>).
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

    /// <summary>Where claimed files wait while their import runs, one folder per worker instance.</summary>
    public string Processing => Path.Combine(Inbox, ".processing");

    /// <summary>This worker's claims folder.</summary>
    public string ClaimsFolder => Path.Combine(Processing, WorkerInstance.Current);

    /// <summary>A claim folder of another machine whose heartbeat is older than this is taken over (shared inbox folder).</summary>
    public static TimeSpan ForeignClaimExpiry { get; } = TimeSpan.FromMinutes(15);

    private const string Heartbeat = ".heartbeat";

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

    /// <summary>
    /// Claims <paramref name="fileName"/> for this worker: true when this worker holds it now (it won the rename, or it
    /// held it already), false when another worker took it first or it is gone.
    /// </summary>
    public bool TryClaim(string fileName)
    {
        var claimed = ClaimedPathOf(fileName);
        if (File.Exists(claimed))
        {
            return true;
        }

        Directory.CreateDirectory(ClaimsFolder);
        TouchHeartbeat();
        try
        {
            File.Move(PathOf(fileName), claimed);
            return true;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Where this worker's claim of <paramref name="fileName"/> lies.</summary>
    public string ClaimedPathOf(string fileName) => Path.Combine(ClaimsFolder, Path.GetFileName(PathOf(fileName)));

    /// <summary>Gives a claimed file back to the inbox (its import will be tried again).</summary>
    public void Release(string fileName)
    {
        var claimed = ClaimedPathOf(fileName);
        if (File.Exists(claimed))
        {
            File.Move(claimed, PathOf(fileName));
        }
    }

    /// <summary>Marks this worker's claims as alive (for workers of other machines sharing the inbox folder).</summary>
    public void TouchHeartbeat()
    {
        if (Directory.Exists(ClaimsFolder))
        {
            File.WriteAllText(Path.Combine(ClaimsFolder, Heartbeat), DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// Puts back in the inbox the files claimed by workers that are gone: a process of this machine that no longer runs,
    /// or a folder whose heartbeat is older than <see cref="ForeignClaimExpiry"/>. Returns the names given back.
    /// </summary>
    public IReadOnlyList<string> ReclaimStale()
    {
        if (!Directory.Exists(Processing))
        {
            return [];
        }

        var reclaimed = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(Processing))
        {
            var owner = Path.GetFileName(folder);
            if (owner == WorkerInstance.Current || !IsStale(folder, owner))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder).Where(f => Path.GetFileName(f) != Heartbeat))
            {
                try
                {
                    // Atomic as the claim: of two workers reclaiming one file, one moves it, the other finds it gone.
                    File.Move(file, Path.Combine(Inbox, Path.GetFileName(file)));
                    reclaimed.Add(Path.GetFileName(file));
                }
                catch (IOException)
                {
                    // Another worker reclaimed it first, or a file of that name is back in the inbox: the next scan decides.
                }
            }

            TryDeleteEmpty(folder);
        }

        return reclaimed;
    }

    private static bool IsStale(string folder, string owner)
    {
        if (WorkerInstance.IsDeadHereAndNow(owner))
        {
            return true;
        }

        var heartbeat = Path.Combine(folder, Heartbeat);
        var last = File.Exists(heartbeat) ? File.GetLastWriteTimeUtc(heartbeat) : Directory.GetLastWriteTimeUtc(folder);
        return DateTime.UtcNow - last > ForeignClaimExpiry;
    }

    private static void TryDeleteEmpty(string folder)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder).Where(f => Path.GetFileName(f) == Heartbeat))
            {
                File.Delete(file);
            }

            Directory.Delete(folder);
        }
        catch (IOException)
        {
            // Not empty (a move failed above): left for the next scan.
        }
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

        // A claimed file moves from its claim; an unclaimed one (CLI tools, tests) from the inbox itself.
        var claimed = ClaimedPathOf(fileName);
        File.Move(File.Exists(claimed) ? claimed : PathOf(fileName), target);
        return target;
    }
}
