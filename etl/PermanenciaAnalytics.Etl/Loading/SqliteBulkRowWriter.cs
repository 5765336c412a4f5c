using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// SQLite bulk insert through SQLitePCLRaw on the connection's own handle (so it joins the load's transaction):
/// a multi-row INSERT of <see cref="RowsPerStatement"/> rows and a single-row one for the tail, each prepared once
/// and re-bound by parameter position for every batch. Binding by position matters: Microsoft.Data.Sqlite binds by
/// name, and SQLite looks a name up with a linear scan, which made a 900-parameter statement quadratic (measured
/// ~5k rows/s); by position the cost per value is constant.
/// </summary>
public sealed class SqliteBulkRowWriter : IBulkRowWriter
{
    /// <summary>Rows per statement; SQLite allows 32,766 parameters per statement, we stay well under it.</summary>
    public const int RowsPerStatement = 32;

    private readonly sqlite3 _db;
    private readonly int _columns;
    private readonly sqlite3_stmt _multi;
    private readonly sqlite3_stmt _single;
    private readonly object?[] _tail;
    private int _buffered;

    public SqliteBulkRowWriter(SqliteConnection connection, SqliteTransaction transaction, BulkTable table)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction); // the statements run inside it: same handle, open transaction
        ArgumentNullException.ThrowIfNull(table);
        _db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        _columns = table.Columns.Count;
        _multi = Prepare(table, RowsPerStatement);
        _single = Prepare(table, 1);
        _tail = new object?[RowsPerStatement * _columns];
    }

    public void Add(ReadOnlySpan<object?> values)
    {
        if (values.Length != _columns)
        {
            throw new ArgumentException($"Expected {_columns} values, got {values.Length}.", nameof(values));
        }

        // Values are copied because callers reuse their arrays; they are bound when the batch is full.
        values.CopyTo(_tail.AsSpan(_buffered * _columns, _columns));
        _buffered++;
        if (_buffered == RowsPerStatement)
        {
            for (var i = 0; i < _tail.Length; i++)
            {
                Bind(_multi, i + 1, _tail[i]);
            }

            Step(_multi);
            _buffered = 0;
        }
    }

    /// <summary>Writes the rows still buffered, one statement each (at most <see cref="RowsPerStatement"/> − 1).</summary>
    public void Flush()
    {
        for (var row = 0; row < _buffered; row++)
        {
            for (var i = 0; i < _columns; i++)
            {
                Bind(_single, i + 1, _tail[(row * _columns) + i]);
            }

            Step(_single);
        }

        _buffered = 0;
    }

    public void Dispose()
    {
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

    private void Bind(sqlite3_stmt statement, int index, object? value)
    {
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            string text => raw.sqlite3_bind_text(statement, index, text),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
            DateOnly date => raw.sqlite3_bind_text(statement, index, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            double real => raw.sqlite3_bind_double(statement, index, real),
            _ => throw new ArgumentException($"Unsupported value type {value.GetType().Name} for bulk insert."),
        };
        Check(rc);
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
