using Hangfire;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>
/// Imports one inbox file: the loader detects its kind from the header, loads it in one transaction (or refuses it
/// whole), then the file moves to <c>processed/</c> or <c>refused/</c> with the reason, and a recompute of its year
/// is requested. The argument is the file name only (no personal data); imports run one at a time. A file whose import
/// fails <see cref="MaxAttempts"/> times (counted on disk by <see cref="InboxAttempts"/>, across retries, re-queues and
/// restarts) goes to <c>refused/</c> with the last error as its reason, instead of being tried forever.
/// </summary>
public sealed class InboxImportJob(
    InboxFolders folders,
    InboxInFlight queue,
    IExtractImporter importer,
    RecomputeScheduler recompute,
    ILogger<InboxImportJob> logger,
    IBulkLoadWindow? window = null,
    ImportBacklog? backlog = null)
{
    /// <summary>Tries of one file before it is set aside: the first run and Hangfire's two retries.</summary>
    public const int MaxAttempts = 3;

    private readonly InboxAttempts _attempts = new(folders);

    [AutomaticRetry(Attempts = MaxAttempts - 1, DelaysInSeconds = [5, 30], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [JobDisplayName("Importar {0}")]
    public ImportResult? Run(string fileName, CancellationToken cancellationToken)
    {
        try
        {
            return Import(fileName, cancellationToken);
        }
        finally
        {
            queue.Remove(fileName);

            // Whatever became of this file (loaded, refused, set aside), the last import of a run closes the window;
            // a file released for its retry is back in the inbox, so the window stays open for it. Not while the server
            // stops: the next start rebuilds the indexes.
            if (!cancellationToken.IsCancellationRequested)
            {
                CloseWindowIfDrained();
            }
        }
    }

    private ImportResult? Import(string fileName, CancellationToken cancellationToken)
    {
        // Two workers on one inbox both queue every file: the atomic claim lets exactly one of them import it.
        if (!folders.TryClaim(fileName))
        {
            logger.LogInformation("Inbox file {File} is no longer in the inbox; it was handled already or another worker claimed it.", fileName);
            return null;
        }

        var path = folders.ClaimedPathOf(fileName);

        var attempt = _attempts.Begin(fileName);
        if (attempt > MaxAttempts)
        {
            // Earlier attempts ended without recording a failure: the process died while importing this file.
            var last = _attempts.LastError(fileName) ?? "el proceso terminó mientras lo importaba";
            return SetAside(fileName, $"{fileName}: no se pudo importar en {MaxAttempts} intentos y se apartó; último error: {last}");
        }

        OpenWindowIfWorthIt(path);
        ImportResult result;
        try
        {
            result = importer.Import(path, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _attempts.Undo(fileName);
            folders.Release(fileName);
            throw;
        }
        catch (Exception ex)
        {
            // The loader writes nothing on failure (one transaction per file); the file stays for the retry, if any is left.
            _attempts.RecordFailure(fileName, ex.Message);
            if (attempt >= MaxAttempts)
            {
                return SetAside(fileName, $"{fileName}: no se pudo importar en {MaxAttempts} intentos y se apartó; último error: {ex.Message}");
            }

            // Back to the inbox for the retry (this worker's or another's).
            folders.Release(fileName);
            throw new InvalidOperationException($"No se pudo importar {fileName} (intento {attempt} de {MaxAttempts}): {ex.Message}", ex);
        }

        _attempts.Clear(fileName);

        switch (result.Status)
        {
            case ImportStatus.Refused:
                folders.MoveToRefused(fileName, $"{fileName}: {result.Message}");
                logger.LogWarning("Inbox file {File} refused: {Message}", fileName, result.Message);
                break;
            case ImportStatus.SkippedDuplicate:
                folders.MoveToProcessed(fileName);
                logger.LogInformation("Inbox file {File} was already loaded (same sha256); moved to processed.", fileName);
                break;
            default:
                folders.MoveToProcessed(fileName);
                logger.LogInformation("Inbox file {File} loaded: {Kind}, {Rows} rows, {Rejected} rejected.",
                    fileName, result.Kind, result.RowsLoaded, result.RowsRejected);
                if (result.Year is { } year)
                {
                    recompute.Request(year);
                }

                break;
        }

        return result;
    }

    /// <summary>A year's history dropped in the inbox at once loads without indexes; see <c>BulkLoadWindow</c>.</summary>
    private void OpenWindowIfWorthIt(string claimedPath)
    {
        if (window is null || backlog is null)
        {
            return;
        }

        var (files, bytes) = backlog.Extracts(claimedPath);
        if (window.OpenIfWorthIt(files, bytes))
        {
            logger.LogInformation("Bulk-load window open: {Files} extracts ({Megabytes:F0} MB) wait in the inbox; indexes are rebuilt after the last.",
                files, bytes / 1048576.0);
        }
    }

    private void CloseWindowIfDrained()
    {
        if (window is null || backlog is null || backlog.HasWork)
        {
            return;
        }

        var rebuilt = window.Close();
        if (rebuilt > 0)
        {
            logger.LogInformation("Bulk-load window closed: {Count} indexes rebuilt.", rebuilt);
        }
    }

    private ImportResult SetAside(string fileName, string reason)
    {
        folders.MoveToRefused(fileName, reason);
        _attempts.Clear(fileName);
        logger.LogError("Inbox file {File} set aside in refused/ after {Attempts} failed attempts.", fileName, MaxAttempts);
        return new ImportResult(ImportStatus.Refused, "unknown", null, 0, 0, 0, reason);
    }
}
