using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>
/// A database-wide lease (table <c>job_lease</c>, migration 0330) that every worker on the database sees, whatever its
/// job storage: two <c>serve</c> processes on one SQLite file each have their own in-memory Hangfire queue, and their
/// recomputes overlapped. The holder renews it every third of <see cref="Duration"/> and deletes it when disposed; a
/// holder that was killed stops renewing and its lease expires, or is taken over at once when it was a process of this
/// machine that no longer runs.
/// </summary>
public sealed class DatabaseLease : IDisposable
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(DatabaseLease).Assembly);

    private readonly DatabaseTarget _database;
    private readonly Timer _renewal;

    private DatabaseLease(DatabaseTarget database, string name, TimeSpan duration)
    {
        _database = database;
        Name = name;
        Duration = duration;
        _renewal = new Timer(_ => Renew(), null, duration / 3, duration / 3);
    }

    public string Name { get; }

    public TimeSpan Duration { get; }

    /// <summary>Takes lease <paramref name="name"/> for this process, or returns null when a live worker holds it.</summary>
    public static DatabaseLease? TryAcquire(DatabaseTarget database, string name, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(database);
        var holder = Acquire(database, name, duration);
        if (holder != WorkerInstance.Current && holder is not null && WorkerInstance.IsDeadHereAndNow(holder))
        {
            // Its holder was killed on this machine: no need to wait for the expiry.
            Release(database, name, holder);
            holder = Acquire(database, name, duration);
        }

        return holder == WorkerInstance.Current ? new DatabaseLease(database, name, duration) : null;
    }

    /// <summary>Waits (polling every second) until the lease is taken, or returns null after <paramref name="maxWait"/>.</summary>
    public static DatabaseLease? Acquire(DatabaseTarget database, string name, TimeSpan duration, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + maxWait;
        while (true)
        {
            var lease = TryAcquire(database, name, duration);
            if (lease is not null || DateTime.UtcNow >= deadline)
            {
                return lease;
            }

            cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(1));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    public void Dispose()
    {
        _renewal.Dispose();
        Release(_database, Name, WorkerInstance.Current);
    }

    private void Renew()
    {
        try
        {
            Acquire(_database, Name, Duration);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            // A busy database (SQLite's writer is the recompute itself): the next renewal tries again, well before the expiry.
        }
    }

    private static string? Acquire(DatabaseTarget database, string name, TimeSpan duration)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var holder = connection.ExecuteScalar<string?>(Scripts.Read(database.Dialect, "Jobs", "AcquireLease"),
            new { name, owner = WorkerInstance.Current, now, expires = now + (long)duration.TotalMilliseconds }, transaction);
        transaction.Commit();
        return holder;
    }

    private static void Release(DatabaseTarget database, string name, string owner)
    {
        using var connection = database.Open();
        connection.Execute(Scripts.Read(database.Dialect, "Jobs", "ReleaseLease"), new { name, owner });
    }
}
