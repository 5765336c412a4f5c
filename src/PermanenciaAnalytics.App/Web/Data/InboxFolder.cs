using System.Globalization;
using System.Text;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// The import inbox the host's Hangfire job watches: pending files at the top, <c>processed/</c> and <c>refused/</c>
/// (with a <c>.reason.txt</c> beside each refused file) below. Uploads land in <c>.uploading/</c> first and are moved
/// in when complete, so the watcher never sees half a file.
/// </summary>
public sealed class InboxFolder(string root)
{
    public static readonly IReadOnlySet<string> AllowedExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".csv", ".txt", ".xlsx" };

    // Bounds the name search, so a folder that refuses every file (permissions, full disk) fails instead of looping.
    private const int MaxNameAttempts = 1000;

    public string Root { get; } = Path.GetFullPath(root);

    public async Task<string> SaveAsync(string originalName, Stream content, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        // The loader takes a SIMAT cut date from the first date in the file name, so the upload stamp must never read as
        // one: a two-digit year keeps it below the eight digits of yyyyMMdd (a "20261128-" prefix became every cut date).
        var stamp = nowUtc.ToString("yyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var safe = SafeName(originalName);
        var staging = Directory.CreateDirectory(Path.Combine(Root, ".uploading")).FullName;
        var (name, stream) = ClaimName(staging, stamp, safe);
        var temporary = Path.Combine(staging, name);
        await using (stream.ConfigureAwait(false))
        {
            await content.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
        }

        // Two uploads of one name can still meet here: one may have moved its file in between the other's check and
        // claim. The one that finds the name taken moves its finished file to the next free name instead of failing.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                File.Move(temporary, Path.Combine(Root, name), overwrite: false);
                return name;
            }
            catch (IOException) when (attempt < MaxNameAttempts && File.Exists(Path.Combine(Root, name)))
            {
                var (next, placeholder) = ClaimName(staging, stamp, safe);
                await placeholder.DisposeAsync().ConfigureAwait(false);
                File.Move(temporary, Path.Combine(staging, next), overwrite: true);
                (name, temporary) = (next, Path.Combine(staging, next));
            }
        }
    }

    /// <summary>
    /// A stored name no other upload has: the same file uploaded twice in one second used to collide on its stamped name
    /// (500). The staging file is created exclusively (<see cref="FileMode.CreateNew"/>), so two concurrent uploads cannot
    /// both claim one name, and a name already in the inbox or its folders is skipped (the status page finds files by name).
    /// The counter is a suffix of the stamp with a dash, never forming a date the cut-date reader would pick up.
    /// </summary>
    private (string Name, FileStream Stream) ClaimName(string staging, string stamp, string safe)
    {
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? $"{stamp}-{safe}" : string.Create(CultureInfo.InvariantCulture, $"{stamp}-n{n}-{safe}");
            if (File.Exists(Path.Combine(Root, name)) || File.Exists(Path.Combine(Root, "processed", name)) || File.Exists(Path.Combine(Root, "refused", name))
                || ClaimFolders().Any(claims => File.Exists(Path.Combine(claims, name))))
            {
                continue;
            }

            try
            {
                return (name, new FileStream(Path.Combine(staging, name), FileMode.CreateNew, FileAccess.Write, FileShare.None));
            }
            catch (IOException) when (n < MaxNameAttempts)
            {
                // Another upload claimed this name a moment ago (and may already have moved it in): try the next one.
            }
        }
    }

    public IReadOnlyList<InboxFile> List()
    {
        var files = new List<InboxFile>();
        Add(files, Root, "pendiente");
        foreach (var claims in ClaimFolders())
        {
            Add(files, claims, "pendiente");
        }

        Add(files, Path.Combine(Root, "processed"), "procesado");
        Add(files, Path.Combine(Root, "refused"), "rechazado");
        return files.OrderByDescending(f => f.LastWriteUtc).ToList();
    }

    /// <summary>
    /// Where an uploaded file is now: <c>pendiente</c> (still in the inbox or being saved), <c>procesado</c> or
    /// <c>rechazado</c> (with the reason), or null when no such file is in the inbox. Only plain file names are looked up.
    /// </summary>
    public InboxFile? Find(string fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName) || fileName != Path.GetFileName(fileName) || fileName.EndsWith(".reason.txt", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var folders = new[] { (Root, "pendiente"), (Path.Combine(Root, ".uploading"), "pendiente") }
            .Concat(ClaimFolders().Select(folder => (folder, "pendiente")))
            .Concat([(Path.Combine(Root, "processed"), "procesado"), (Path.Combine(Root, "refused"), "rechazado")]);
        foreach (var (folder, state) in folders)
        {
            var file = new FileInfo(Path.Combine(folder, fileName));
            if (file.Exists)
            {
                var reasonPath = file.FullName + ".reason.txt";
                return new InboxFile(file.Name, state, file.Length, file.LastWriteTimeUtc, File.Exists(reasonPath) ? File.ReadAllText(reasonPath).Trim() : null);
            }
        }

        return null;
    }

    /// <summary>
    /// The workers' claim folders (<c>.processing/{worker}/</c>): a file a worker is importing right now still waits for
    /// its ledger row, so it is shown as pending, not as missing.
    /// </summary>
    private IEnumerable<string> ClaimFolders()
    {
        var processing = Path.Combine(Root, ".processing");
        return Directory.Exists(processing) ? Directory.EnumerateDirectories(processing) : [];
    }

    /// <summary>Keeps letters, digits, dot, dash and underscore; the extension must be allowed.</summary>
    public static string SafeName(string originalName)
    {
        var fileName = Path.GetFileName(originalName ?? "");
        var extension = Path.GetExtension(fileName);
        if (!AllowedExtensions.Contains(extension))
        {
            throw new ArgumentException($"Tipo de archivo no admitido ({extension}): use CSV, TXT o XLSX.", nameof(originalName));
        }

        var builder = new StringBuilder();
        foreach (var c in Path.GetFileNameWithoutExtension(fileName).Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            {
                builder.Append(c);
            }
            else if (char.IsWhiteSpace(c))
            {
                builder.Append('_');
            }
        }

        var stem = builder.Length == 0 ? "archivo" : builder.ToString(0, Math.Min(builder.Length, 120));
        return stem + extension.ToLowerInvariant();
    }

    private static void Add(List<InboxFile> files, string folder, string state)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in new DirectoryInfo(folder).EnumerateFiles())
        {
            if (file.Name.StartsWith('.') || file.Name.EndsWith(".reason.txt", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var reasonPath = file.FullName + ".reason.txt";
            var reason = File.Exists(reasonPath) ? File.ReadAllText(reasonPath).Trim() : null;
            files.Add(new InboxFile(file.Name, state, file.Length, file.LastWriteTimeUtc, reason));
        }
    }
}

public sealed record InboxFile(string Name, string State, long Bytes, DateTime LastWriteUtc, string? Reason)
{
    /// <summary>Size in KB, rounded up so a non-empty file never shows 0.</summary>
    public long Kilobytes => (Bytes + 1023) / 1024;
}
