using System.Data;
using Microsoft.Data.SqlClient;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// SQL Server bulk insert: rows gather in a <see cref="DataTable"/> of <see cref="BatchRows"/> rows that
/// <see cref="SqlBulkCopy"/> sends inside the load's transaction, so memory stays bounded on any file size.
/// </summary>
public sealed class SqlServerBulkRowWriter : IBulkRowWriter
{
    public const int BatchRows = 20_000;

    private readonly SqlBulkCopy _bulkCopy;
    private readonly DataTable _batch;
    private readonly object?[] _row;

    public SqlServerBulkRowWriter(SqlConnection connection, SqlTransaction transaction, BulkTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _bulkCopy = new SqlBulkCopy(connection, SqlBulkCopyOptions.KeepNulls | SqlBulkCopyOptions.CheckConstraints, transaction)
        {
            DestinationTableName = "dbo." + table.Name,
            BulkCopyTimeout = 0,
        };
        _batch = new DataTable(table.Name);
        foreach (var column in table.Columns)
        {
            var type = column.Type == typeof(DateOnly) ? typeof(DateTime) : column.Type;
            _batch.Columns.Add(column.Name, type);
            _bulkCopy.ColumnMappings.Add(column.Name, column.Name);
        }

        _row = new object?[table.Columns.Count];
    }

    public void Add(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < _row.Length; i++)
        {
            _row[i] = values[i] switch
            {
                null => DBNull.Value,
                DateOnly date => date.ToDateTime(TimeOnly.MinValue),
                var value => value,
            };
        }

        _batch.Rows.Add(_row);
        if (_batch.Rows.Count >= BatchRows)
        {
            Flush();
        }
    }

    public void Flush()
    {
        if (_batch.Rows.Count == 0)
        {
            return;
        }

        _bulkCopy.WriteToServer(_batch);
        _batch.Clear();
    }

    public void Dispose()
    {
        ((IDisposable)_bulkCopy).Dispose();
        _batch.Dispose();
    }
}
