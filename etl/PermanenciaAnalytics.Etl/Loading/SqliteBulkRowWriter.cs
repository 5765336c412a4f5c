using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// SQLite bulk insert: two commands prepared once — a multi-row INSERT of <see cref="RowsPerStatement"/> rows and a
/// single-row one for the tail — whose parameters are reused for every row. Multi-row VALUES cuts the per-statement
/// overhead (step/reset/bind bookkeeping) that dominates one-row-per-statement loading.
/// </summary>
public sealed class SqliteBulkRowWriter : IBulkRowWriter
{
    /// <summary>Rows per statement; SQLite allows 32,766 parameters per statement, we stay well under it.</summary>
    public const int RowsPerStatement = 32;

    private readonly int _columns;
    private readonly SqliteCommand _multi;
    private readonly SqliteCommand _single;
    private readonly SqliteParameter[] _multiParameters;
    private readonly SqliteParameter[] _singleParameters;
    private int _buffered;

    public SqliteBulkRowWriter(SqliteConnection connection, SqliteTransaction transaction, BulkTable table)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(table);
        _columns = table.Columns.Count;
        (_multi, _multiParameters) = Prepare(connection, transaction, table, RowsPerStatement);
        (_single, _singleParameters) = Prepare(connection, transaction, table, 1);
    }

    public void Add(ReadOnlySpan<object?> values)
    {
        if (values.Length != _columns)
        {
            throw new ArgumentException($"Expected {_columns} values, got {values.Length}.", nameof(values));
        }

        var offset = _buffered * _columns;
        for (var i = 0; i < _columns; i++)
        {
            _multiParameters[offset + i].Value = values[i] ?? DBNull.Value;
        }

        _buffered++;
        if (_buffered == RowsPerStatement)
        {
            _multi.ExecuteNonQuery();
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
                _singleParameters[i].Value = _multiParameters[(row * _columns) + i].Value;
            }

            _single.ExecuteNonQuery();
        }

        _buffered = 0;
    }

    public void Dispose()
    {
        _multi.Dispose();
        _single.Dispose();
    }

    private static (SqliteCommand, SqliteParameter[]) Prepare(SqliteConnection connection, SqliteTransaction transaction, BulkTable table, int rows)
    {
        // Table and column names come from the fixed BulkTables whitelist, never from input.
        var sql = new StringBuilder()
            .Append("INSERT INTO ").Append(table.Name).Append(" (")
            .AppendJoin(", ", table.Columns.Select(c => c.Name)).Append(") VALUES ");
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var parameters = new SqliteParameter[rows * table.Columns.Count];
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < table.Columns.Count; column++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{(row * table.Columns.Count) + column}");
                sql.Append(column == 0 ? name : ", " + name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = DBNull.Value;
                command.Parameters.Add(parameter);
                parameters[(row * table.Columns.Count) + column] = parameter;
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        command.Prepare();
        return (command, parameters);
    }
}
