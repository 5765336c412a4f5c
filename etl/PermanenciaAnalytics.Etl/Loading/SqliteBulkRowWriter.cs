using System.Collections.Concurrent;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// SQLite bulk insert through SQLitePCLRaw on the connection's own handle (so it joins the load's transaction):
/// a multi-row INSERT of <see cref="RowsPerStatement"/> rows and a single-row one for the tail, each prepared once
/// and re-bound by parameter position for every batch. Binding by position matters: Microsoft.Data.Sqlite binds by
/// name, and SQLite looks a name up with a linear scan, which made a 900-parameter statement quadratic (measured
/// ~5k rows/s); by position the cost per value is constant. With a <see cref="SqliteWriteQueue"/>, full batches are
/// written on its thread while the caller reads on; the tail, at <see cref="Flush"/>, is written once the queue is done.
/// </summary>
public sealed class SqliteBulkRowWriter : IBulkRowWriter
{
    /// <summary>Rows per statement; SQLite allows 32,766 parameters per statement, we stay well under it.</summary>
    public const int RowsPerStatement = 32;

    private readonly sqlite3 _db;
    private readonly int _columns;
    private readonly sqlite3_stmt _multi;
    private readonly sqlite3_stmt _single;
    private readonly SqliteWriteQueue? _queue;
    private readonly ConcurrentQueue<EncodedBatch> _free = new();
    private EncodedBatch _tail;
    private int _buffered;

    public SqliteBulkRowWriter(SqliteConnection connection, SqliteTransaction transaction, BulkTable table)
        : this(connection, transaction, table, null)
    {
    }

    internal SqliteBulkRowWriter(SqliteConnection connection, SqliteTransaction transaction, BulkTable table, SqliteWriteQueue? queue)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction); // the statements run inside it: same handle, open transaction
        ArgumentNullException.ThrowIfNull(table);
        _db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        _columns = table.Columns.Count;
        _multi = Prepare(table, RowsPerStatement);
        _single = Prepare(table, 1);
        _tail = new EncodedBatch(RowsPerStatement * _columns);
        _queue = queue;
    }

    public void Add(ReadOnlySpan<object?> values)
    {
        if (values.Length != _columns)
        {
            throw new ArgumentException($"Expected {_columns} values, got {values.Length}.", nameof(values));
        }

        // Encoded now, because callers reuse their arrays and because this is the reading thread, not the writer's.
        var offset = _buffered * _columns;
        for (var i = 0; i < values.Length; i++)
        {
            _tail.Set(offset + i, values[i]);
        }

        _buffered++;
        if (_buffered == RowsPerStatement)
        {
            _buffered = 0;
            if (_queue is { IsOpen: true })
            {
                // The written batch comes back through _free, so a load allocates about Capacity batches, not one per batch.
                var full = _tail;
                _tail = _free.TryDequeue(out var spare) ? spare : new EncodedBatch(RowsPerStatement * _columns);
                _queue.Post(this, full);
            }
            else
            {
                WriteBatch(_tail);
            }

            _tail.Reset();
        }
    }

    /// <summary>Writes one full batch of <see cref="RowsPerStatement"/> rows (on the queue's thread when there is one).</summary>
    internal void WriteBatch(EncodedBatch batch)
    {
        for (var i = 0; i < RowsPerStatement * _columns; i++)
        {
            Check(batch.Bind(_multi, i + 1, i));
        }

        Step(_multi);
        if (!ReferenceEquals(batch, _tail))
        {
            _free.Enqueue(batch);
        }
    }

    /// <summary>Writes the rows still buffered, one statement each (at most <see cref="RowsPerStatement"/> − 1).</summary>
    public void Flush()
    {
        // Every full batch before the tail, and nothing else on the connection while the writer thread runs.
        _queue?.Finish();
        for (var row = 0; row < _buffered; row++)
        {
            for (var i = 0; i < _columns; i++)
            {
                Check(_tail.Bind(_single, i + 1, (row * _columns) + i));
            }

            Step(_single);
        }

        _buffered = 0;
        _tail.Reset();
    }

    public void Dispose()
    {
        // The writer thread may still be stepping these statements: it stops first.
        _queue?.Dispose();
        _multi.Dispose();
        _single.Dispose();
    }

    private sqlite3_stmt Prepare(BulkTable table, int rows)
    {
        // Table and column names come from the fixed BulkTables whitelist, never from input.
        var sql = new StringBuilder()
            // OR FAIL: an error stops the statement without undoing its earlier rows, so SQLite keeps no statement
            // journal for these multi-row INSERTs (it cost a copy of every page touched). Any error aborts the whole
            // file's transaction anyway, so no partial statement can survive.
            .Append("INSERT OR FAIL INTO ").Append(table.Name).Append(" (")
            .AppendJoin(", ", table.Columns.Select(c => c.Name)).Append(") VALUES ");
        var placeholders = "(" + string.Join(", ", Enumerable.Repeat("?", table.Columns.Count)) + ")";
        sql.AppendJoin(", ", Enumerable.Repeat(placeholders, rows));
        var rc = raw.sqlite3_prepare_v2(_db, sql.ToString(), out sqlite3_stmt statement);
        Check(rc);
        return statement;
    }

    private void Step(sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            Check(rc);
        }
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc);
        }
    }
}
