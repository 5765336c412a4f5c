using Hangfire;
using Hangfire.Storage.Monitoring;
using PermanenciaAnalytics.App.Jobs;

namespace PermanenciaAnalytics.App.Hosting;

/// <summary>Counts of the inbox and the job queue at one moment.</summary>
public sealed record PipelineSnapshot(int InboxPending, long Enqueued, long Processing, long Scheduled, long Succeeded, long Failed, int Processed, int Refused)
{
    public bool IsIdle => InboxPending == 0 && Enqueued == 0 && Processing == 0 && Scheduled == 0;
}

/// <summary>Final state of one job, with the failure message when it failed.</summary>
public sealed record JobOutcome(string JobId, string State, string? Message)
{
    public bool Succeeded => State == "Succeeded";
}

/// <summary>A job that ended failed: its name as the job panel shows it and why (the exception message, never row values).</summary>
public sealed record FailedJob(string Name, string? Message);

/// <summary>Watches the inbox and the Hangfire storage of a host until the pipeline has nothing left to do.</summary>
public sealed class PipelineMonitor(JobStorage storage, InboxFolders folders, InboxInFlight inFlight)
{
    public PipelineSnapshot Snapshot()
    {
        var stats = storage.GetMonitoringApi().GetStatistics();
        return new PipelineSnapshot(
            Math.Max(folders.Pending().Count, inFlight.Count), stats.Enqueued, stats.Processing, stats.Scheduled, stats.Succeeded, stats.Failed,
            CountFiles(folders.Processed), CountFiles(folders.Refused, "*.reason.txt"));
    }

    /// <summary>Waits until the inbox is empty and no job is queued, running or waiting for a retry (seen twice in a row).</summary>
    public async Task<PipelineSnapshot> WaitForIdleAsync(TimeSpan timeout, Action<PipelineSnapshot>? onChange, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        PipelineSnapshot? last = null;
        var idleStreak = 0;
        while (true)
        {
            var now = Snapshot();
            if (now != last)
            {
                onChange?.Invoke(now);
                last = now;
            }

            idleStreak = now.IsIdle ? idleStreak + 1 : 0;
            if (idleStreak >= 2)
            {
                return now;
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(400), limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"La cola de trabajos no terminó en {timeout.TotalMinutes:N0} min: {now}.");
            }
        }
    }

    /// <summary>Waits for one job to succeed or fail (a job waiting for a retry is still running).</summary>
    public async Task<JobOutcome> WaitForJobAsync(string jobId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var details = storage.GetMonitoringApi().JobDetails(jobId);
            var state = details?.History.FirstOrDefault();
            if (state is not null && state.StateName is "Succeeded" or "Failed" or "Deleted")
            {
                return new JobOutcome(jobId, state.StateName, MessageOf(state));
            }

            await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"El trabajo {jobId} no terminó en {timeout.TotalMinutes:N0} min.");
    }

    /// <summary>
    /// The failed jobs, newest first (at most <paramref name="max"/>). With in-memory job storage the panel is gone when
    /// the process ends, so a command that reports failures must say here which ones and why.
    /// </summary>
    public IReadOnlyList<FailedJob> Failures(int max = 10) =>
        [.. storage.GetMonitoringApi().FailedJobs(0, max).Select(j => new FailedJob(NameOf(j.Value.Job), j.Value.ExceptionMessage ?? j.Value.Reason))];

    // The [JobDisplayName] of the method with its arguments ("Recalcular indicadores 2025"), else Type.Method.
    private static string NameOf(Hangfire.Common.Job? job)
    {
        if (job is null)
        {
            return "(trabajo desconocido)";
        }

        var display = job.Method.GetCustomAttributes(typeof(JobDisplayNameAttribute), inherit: true).OfType<JobDisplayNameAttribute>().FirstOrDefault();
        return display is null
            ? $"{job.Type.Name}.{job.Method.Name}"
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, display.DisplayName, [.. job.Args]);
    }

    private static string? MessageOf(StateHistoryDto state) =>
        state.Data is not null && state.Data.TryGetValue("ExceptionMessage", out var message) ? message : state.Reason;

    private static int CountFiles(string folder, string pattern = "*") =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, pattern).Count() : 0;
}
