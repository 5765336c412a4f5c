using Hangfire;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>
/// Imports one inbox file: the loader detects its kind from the header, loads it in one transaction (or refuses it
/// whole), then the file moves to <c>processed/</c> or <c>refused/</c> with the reason, and a recompute of its year
/// is requested. The argument is the file name only (no personal data); imports run one at a time.
/// </summary>
public sealed class InboxImportJob(
    InboxFolders folders, InboxInFlight queue, IExtractImporter importer, RecomputeScheduler recompute, ILogger<InboxImportJob> logger)
{
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [5, 30], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
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
        }
    }

    private ImportResult? Import(string fileName, CancellationToken cancellationToken)
    {
        var path = folders.PathOf(fileName);
        if (!File.Exists(path))
        {
            logger.LogInformation("Inbox file {File} is no longer in the inbox; it was handled already.", fileName);
            return null;
        }

        ImportResult result;
        try
        {
            result = importer.Import(path, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The loader writes nothing on failure (one transaction per file); the file stays for the retry.
            throw new InvalidOperationException($"No se pudo importar {fileName}: {ex.Message}", ex);
        }

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
}
