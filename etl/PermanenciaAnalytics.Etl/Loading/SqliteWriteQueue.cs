using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// SQLite, one file's load: the bulk INSERTs of its rows run on one writer thread while the reading thread parses and
/// validates the next rows (about a fifth of a load's time, which would otherwise wait for SQLite). Batches are written
/// in the order they are posted, by a single thread, so the connection is only ever used by one thread at a time:
/// <see cref="Finish"/> (before any other statement of the load) and <see cref="Dispose"/> (before a rollback) wait for
/// the writer thread to stop. A failed batch stops the writing; the next post or <see cref="Finish"/> throws its error,
/// so the file's transaction rolls back as if the INSERT had failed inline.
/// </summary>
internal sealed class SqliteWriteQueue : IDisposable
{
    /// <summary>Batches waiting at most: enough to ride out a slow page write, a few MB of values.</summary>
    public const int Capacity = 64;

    private readonly BlockingCollection<(SqliteBulkRowWriter Writer, EncodedBatch Batch)> _batches = new(Capacity);
    private readonly Thread _thread;
    private ExceptionDispatchInfo? _fault;
    private volatile bool _abandoned;
    private bool _stopped;

    public SqliteWriteQueue()
    {
        _thread = new Thread(Write) { IsBackground = true, Name = "permanencia-sqlite-writer" };
        _thread.Start();
    }

    /// <summary>True until <see cref="Finish"/> or <see cref="Dispose"/>: afterwards writers write on the caller's thread.</summary>
    public bool IsOpen => !_stopped;

    /// <summary>Hands a full batch of <paramref name="writer"/> to the writer thread; waits while <see cref="Capacity"/> are pending.</summary>
    public void Post(SqliteBulkRowWriter writer, EncodedBatch batch)
    {
        _fault?.Throw();
        _batches.Add((writer, batch));
    }

    /// <summary>Waits until every posted batch is written and stops the writer thread; throws the error of a failed batch.</summary>
    public void Finish()
    {
        Stop();
        _fault?.Throw();
    }

    /// <summary>Stops the writer thread without writing what is still pending (the load is being abandoned).</summary>
    public void Dispose()
    {
        _abandoned = true;
        Stop();
        _batches.Dispose();
    }

    private void Stop()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        _batches.CompleteAdding();
        _thread.Join();
    }

    private void Write()
    {
        foreach (var (writer, batch) in _batches.GetConsumingEnumerable())
        {
            // After a failure or an abandon the rest is drained unwritten, so a blocked Post is released.
            if (_fault is not null || _abandoned)
            {
                continue;
            }

            try
            {
                writer.WriteBatch(batch);
            }
#pragma warning disable CA1031 // any failure is handed to the loading thread, which rethrows it
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _fault = ExceptionDispatchInfo.Capture(ex);
            }
        }
    }
}
