using Hangfire;
using PermanenciaAnalytics.App.Jobs;

namespace PermanenciaAnalytics.App.Hosting;

/// <summary>
/// Enqueues an import job per inbox file: at start-up (files left from before a restart are picked up again — the
/// inbox and the ledger are the source of truth, not the job storage), on file-system events and on a timer in case
/// an event was missed. A file still being written (locked) waits for the next scan. Each scan first gives back the
/// claims of workers that died (<see cref="InboxFolders.ReclaimStale"/>).
/// </summary>
internal sealed class InboxWatcher(
    InboxFolders folders, InboxInFlight queue, IBackgroundJobClient jobs, ServeOptions options, ILogger<InboxWatcher> logger)
    : IHostedService, IDisposable
{
    private FileSystemWatcher? _watcher;
    private Timer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        folders.EnsureExist();
        Scan();
        _watcher = new FileSystemWatcher(folders.Inbox) { IncludeSubdirectories = false, EnableRaisingEvents = true };
        _watcher.Created += (_, _) => ScanSoon();
        _watcher.Renamed += (_, _) => ScanSoon();
        _timer = new Timer(_ => Scan(), null, options.InboxRescan, options.InboxRescan);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _timer?.Change(Timeout.Infinite, Timeout.Infinite);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _timer?.Dispose();
    }

    /// <summary>Enqueues every pending inbox file that is complete and not queued yet.</summary>
    public void Scan()
    {
        try
        {
            foreach (var name in folders.ReclaimStale())
            {
                logger.LogWarning("Inbox file {File} was claimed by a worker that stopped; back in the inbox.", name);
            }

            folders.TouchHeartbeat();
            foreach (var name in folders.Pending())
            {
                if (!IsComplete(folders.PathOf(name)) || !queue.TryAdd(name))
                {
                    continue;
                }

                jobs.Enqueue<InboxImportJob>(job => job.Run(name, CancellationToken.None));
                logger.LogInformation("Inbox file {File} queued for import.", name);
            }
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Inbox scan of {Inbox} failed; retrying on the next scan.", folders.Inbox);
        }
    }

    // Copies raise Created before the last byte is written: wait a moment, then scan.
    private void ScanSoon() => Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ => Scan(), TaskScheduler.Default);

    private static bool IsComplete(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
