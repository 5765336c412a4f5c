using System.Collections.Concurrent;
using Hangfire;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>
/// Coalesces recompute requests: ten imports of one year queue one recompute, not ten. A request made while a
/// recompute of that year is running queues exactly one more (the running one may have missed the new load).
/// </summary>
public sealed class RecomputeScheduler(IBackgroundJobClient jobs)
{
    private readonly ConcurrentDictionary<int, string> _queued = new();

    /// <summary>Queues a recompute of <paramref name="year"/> unless one is already waiting; returns the job id.</summary>
    public string Request(int year) =>
        _queued.GetOrAdd(year, y => jobs.Enqueue<RecomputeJob>(job => job.Run(y)));

    /// <summary>Called by the job when it starts: later requests must queue a new run.</summary>
    public void Started(int year) => _queued.TryRemove(year, out _);
}
