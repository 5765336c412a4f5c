using Hangfire;
using Hangfire.InMemory;
using PermanenciaAnalytics.App.Jobs;

namespace PermanenciaAnalytics.App.Tests.Jobs;

/// <summary>
/// Ten cuts dropped in the inbox together are recomputed once, after the last one: a recompute that starts while
/// imports are still to come is postponed (rescheduled), unless it has waited too long already.
/// </summary>
public sealed class RecomputeSchedulerTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("permanencia-recompute-").FullName;
    private readonly InMemoryStorage storage = new();
    private readonly InboxFolders folders;
    private readonly InboxInFlight inFlight = new();
    private readonly SettableClock clock = new();
    private readonly RecomputeScheduler scheduler;

    public RecomputeSchedulerTests()
    {
        folders = new InboxFolders(Path.Combine(root, "inbox"));
        folders.EnsureExist();
        scheduler = new RecomputeScheduler(new BackgroundJobClient(storage), new ImportBacklog(folders, inFlight), clock);
    }

    public void Dispose()
    {
        storage.Dispose();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void TryPostpone_SchedulesOneLaterRun_WhenAFileStillWaitsInTheInbox()
    {
        // Arrange
        File.WriteAllText(folders.PathOf("simat_2025-04-30.csv"), "ANO;ESTADO\n");
        var queued = scheduler.Request(2025);

        // Act
        var postponed = scheduler.TryPostpone(2025);
        var requestedAgain = scheduler.Request(2025);

        // Assert: a scheduled run replaces the started one, and a new request joins it instead of queuing another.
        Assert.True(postponed);
        Assert.NotEqual(queued, requestedAgain);
        var monitoring = storage.GetMonitoringApi();
        Assert.Equal(1, monitoring.ScheduledCount());
        Assert.True(scheduler.Busy);
    }

    [Fact]
    public void TryPostpone_LetsTheRecomputeRun_WhenTheInboxIsEmpty()
    {
        // Arrange
        scheduler.Request(2025);

        // Act
        var postponed = scheduler.TryPostpone(2025);

        // Assert
        Assert.False(postponed);
        Assert.Equal(0, storage.GetMonitoringApi().ScheduledCount());
    }

    [Fact]
    public void TryPostpone_LetsTheRecomputeRun_WhenAnImportIsStillQueued()
    {
        // Arrange: nothing in the inbox, but one import queued (claimed, not finished).
        inFlight.TryAdd("simat_2025-05-31.csv");

        // Act
        var postponed = scheduler.TryPostpone(2025);

        // Assert
        Assert.True(postponed);
    }

    [Fact]
    public void TryPostpone_GivesUp_WhenTheInboxHasNotDrainedForTooLong()
    {
        // Arrange: a file nobody imports keeps the inbox busy.
        File.WriteAllText(folders.PathOf("atascado.csv"), "x\n");
        var first = scheduler.TryPostpone(2025);
        clock.Advance(RecomputeScheduler.MaxPostponement);

        // Act
        var later = scheduler.TryPostpone(2025);

        // Assert
        Assert.True(first);
        Assert.False(later);
    }

    [Fact]
    public void Busy_IsFalse_WhenTheRunHasFinished()
    {
        // Arrange
        scheduler.Request(2025);
        scheduler.Started(2025);
        var running = scheduler.Busy;

        // Act
        scheduler.Finished();

        // Assert
        Assert.True(running);
        Assert.False(scheduler.Busy);
    }

    private sealed class SettableClock : TimeProvider
    {
        private DateTimeOffset now = new(2025, 11, 30, 12, 0, 0, TimeSpan.Zero);

        public void Advance(TimeSpan by) => now += by;

        public override DateTimeOffset GetUtcNow() => now;
    }
}
