namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>
/// A publication version written beside its final folder (<c>.{version}.{id}.tmp</c>, which no reader lists) and renamed
/// into place at the end. A kill mid-publish leaves only a staging folder, removed by the next publish of that version;
/// a republish replaces the old version whole instead of writing over it, so old and new files never mix.
/// </summary>
public sealed class PublicationStaging : IDisposable
{
    private readonly string root;
    private readonly string version;
    private bool committed;

    private PublicationStaging(string root, string version, string folder)
    {
        this.root = root;
        this.version = version;
        Folder = folder;
    }

    /// <summary>Where the version is being written.</summary>
    public string Folder { get; }

    public static PublicationStaging Begin(string outputRoot, string version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputRoot);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        Directory.CreateDirectory(outputRoot);
        RemoveLeftovers(outputRoot, version);
        var folder = Path.Combine(outputRoot, $".{version}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(folder);
        return new PublicationStaging(outputRoot, version, folder);
    }

    /// <summary>Moves the finished version into <paramref name="target"/>, replacing any previous one.</summary>
    public void Commit(string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        string? previous = null;
        if (Directory.Exists(target))
        {
            previous = Path.Combine(root, $".{version}.{Guid.NewGuid():N}.old");
            Directory.Move(target, previous);
        }

        Directory.Move(Folder, target);
        committed = true;
        if (previous is not null)
        {
            TryDelete(previous);
        }
    }

    public void Dispose()
    {
        if (!committed)
        {
            TryDelete(Folder);
        }
    }

    private static void RemoveLeftovers(string outputRoot, string version)
    {
        foreach (var leftover in Directory.EnumerateDirectories(outputRoot, $".{version}.*"))
        {
            var name = Path.GetFileName(leftover);
            // A ".old" left by a kill between the two renames is the only copy of the version when the version is gone.
            if (name.EndsWith(".old", StringComparison.Ordinal) && !Directory.Exists(Path.Combine(outputRoot, version)))
            {
                Directory.Move(leftover, Path.Combine(outputRoot, version));
                continue;
            }

            TryDelete(leftover);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next publish of this version to remove; readers never list dot folders.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
