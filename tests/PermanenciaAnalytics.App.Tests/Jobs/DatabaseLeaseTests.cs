using System.Diagnostics;
using Dapper;
using PermanenciaAnalytics.App.Jobs;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Jobs;

/// <summary>The database-wide lease on a real SQLite file: one holder at a time, taken over only from the dead or expired.</summary>
public sealed class DatabaseLeaseTests : IDisposable
{
    private const string Name = "prueba";

    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    private readonly TempSqliteDatabase _database = new();

    [Fact]
    public void TryAcquire_ReturnsNull_WhenALiveWorkerOfAnotherMachineHoldsIt()
    {
        // Arrange
        Hold("otra-maquina_4242_638000000000000000", expiresIn: Duration);

        // Act
        using var lease = DatabaseLease.TryAcquire(_database.Target, Name, Duration);

        // Assert
        Assert.Null(lease);
        Assert.Equal("otra-maquina_4242_638000000000000000", Holder());
    }

    [Fact]
    public void TryAcquire_TakesIt_WhenTheOtherHoldersLeaseHasExpired()
    {
        // Arrange
        Hold("otra-maquina_4242_638000000000000000", expiresIn: TimeSpan.FromMinutes(-1));

        // Act
        using var lease = DatabaseLease.TryAcquire(_database.Target, Name, Duration);

        // Assert
        Assert.NotNull(lease);
        Assert.Equal(WorkerInstance.Current, Holder());
    }

    [Fact]
    public void TryAcquire_TakesItAtOnce_WhenItsHolderWasAProcessOfThisMachineThatNoLongerRuns()
    {
        // Arrange: a lease far from expiring, held by a process of this machine that has exited.
        var parts = WorkerInstance.Current.Split('_');
        Hold($"{parts[0]}_{ExitedProcessId()}_{parts[2]}", expiresIn: Duration);

        // Act
        using var lease = DatabaseLease.TryAcquire(_database.Target, Name, Duration);

        // Assert
        Assert.NotNull(lease);
        Assert.Equal(WorkerInstance.Current, Holder());
    }

    [Fact]
    public void Dispose_FreesTheLease_WhenItsHolderIsDone()
    {
        // Arrange
        var lease = DatabaseLease.TryAcquire(_database.Target, Name, Duration);
        Assert.NotNull(lease);
        var again = DatabaseLease.TryAcquire(_database.Target, Name, Duration);

        // Act
        lease.Dispose();

        // Assert: the holder may renew its own lease; once disposed, nobody holds it.
        Assert.NotNull(again);
        again.Dispose();
        Assert.Null(Holder());
    }

    [Fact]
    public void Acquire_GivesUpAfterItsWait_WhenTheLeaseStaysHeld()
    {
        // Arrange
        Hold("otra-maquina_4242_638000000000000000", expiresIn: Duration);
        var watch = Stopwatch.StartNew();

        // Act
        using var lease = DatabaseLease.Acquire(_database.Target, Name, Duration, TimeSpan.FromSeconds(1.5), CancellationToken.None);

        // Assert
        Assert.Null(lease);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(30));
    }

    public void Dispose() => _database.Dispose();

    private void Hold(string owner, TimeSpan expiresIn)
    {
        using var connection = _database.Target.Open();
        connection.Execute(
            "INSERT INTO job_lease (name, owner, expires_at_ms) VALUES (@name, @owner, @expires)",
            new { name = Name, owner, expires = DateTimeOffset.UtcNow.Add(expiresIn).ToUnixTimeMilliseconds() });
    }

    private string? Holder()
    {
        using var connection = _database.Target.Open();
        return connection.ExecuteScalar<string?>("SELECT owner FROM job_lease WHERE name = @name", new { name = Name });
    }

    private static int ExitedProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
