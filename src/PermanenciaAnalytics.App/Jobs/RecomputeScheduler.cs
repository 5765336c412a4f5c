using System.Collections.Concurrent;
using Hangfire;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>
/// Coalesces recompute requests: ten imports of one year queue one recompute, not ten. A request made while a
/// recompute of that year is running queues exactly one more (the running one may have missed the new load).
/// While the inbox still has imports to run (<see cref="ImportBacklog"/>) a recompute that starts is postponed by
/// <see cref="PostponeBy"/> (at most <see cref="MaxPostponement"/> in all), so a year's history uploaded at once is
/// recomputed once, after its last file, instead of between files where it would also slow every import down.
/// </summary>
public sealed class RecomputeScheduler(IBackgroundJobClient jobs, ImportBacklog? backlog = null, TimeProvider? clock = null)
{
    public static readonly TimeSpan PostponeBy = TimeSpan.FromSeconds(2);

    /// <summary>An inbox that never drains (a file nobody can claim) must not hold the indicators back for ever.</summary>
    public static readonly TimeSpan MaxPostponement = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<int, string> _queued = new();
    private readonly ConcurrentDictionary<int, DateTimeOffset> _firstPostponed = new();
    private int _running;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Queues a recompute of <paramref name="year"/> unless one is already waiting; returns the job id.</summary>
    public string Request(int year) =>
        _queued.GetOrAdd(year, y => jobs.Enqueue<RecomputeJob>(job => job.Run(y)));

    /// <summary>
    /// Called by the job before it starts: true when it should not run now because imports are still to come; a
    /// later run is then scheduled (unless a request queued one meanwhile).
    /// </summary>
    public bool TryPostpone(int year)
    {
        var now = _clock.GetUtcNow();
        if (backlog is null || !backlog.HasWork || now - _firstPostponed.GetOrAdd(year, now) >= MaxPostponement)
        {
            return false;
        }

        _queued.TryRemove(year, out _);
        _queued.GetOrAdd(year, y => jobs.Schedule<RecomputeJob>(job => job.Run(y), PostponeBy));
        return true;
    }

    /// <summary>True while a recompute is queued, postponed or running in this process.</summary>
    public bool Busy => !_queued.IsEmpty || Volatile.Read(ref _running) > 0;

    /// <summary>Called by the job when it starts: later requests must queue a new run.</summary>
    public void Started(int year)
    {
        Interlocked.Increment(ref _running);
        _queued.TryRemove(year, out _);
        _firstPostponed.TryRemove(year, out _);
    }

    /// <summary>Called by the job when it ends, succeeded or not.</summary>
    public void Finished() => Interlocked.Decrement(ref _running);
}
