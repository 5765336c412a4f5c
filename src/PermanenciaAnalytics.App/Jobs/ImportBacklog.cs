namespace PermanenciaAnalytics.App.Jobs;

/// <summary>
/// What the inbox still holds for this process: files not yet claimed plus imports queued or running. The recompute
/// waits while there is any (ten cuts uploaded together get one recompute after the last, not one per file), and the
/// import job opens a bulk-load window when the backlog is large.
/// </summary>
public sealed class ImportBacklog(InboxFolders folders, InboxInFlight inFlight)
{
    private static readonly string[] ExtractExtensions = [".csv", ".txt"];

    /// <summary>True while a file waits in the inbox or an import is queued or running.</summary>
    public bool HasWork => inFlight.Count > 0 || folders.Pending().Count > 0;

    /// <summary>The extracts (CSV/TXT, not plan workbooks) waiting in the inbox, plus <paramref name="claimedPath"/>: how many and their bytes.</summary>
    public (int Files, long Bytes) Extracts(string claimedPath)
    {
        var paths = folders.Pending().Select(folders.PathOf).Append(claimedPath)
            .Where(p => ExtractExtensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase))
            .Select(p => new FileInfo(p))
            .Where(f => f.Exists)
            .ToList();
        return (paths.Count, paths.Sum(f => f.Length));
    }
}
