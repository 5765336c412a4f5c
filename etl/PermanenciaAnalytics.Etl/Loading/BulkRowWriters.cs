using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>Chooses the <see cref="IBulkRowWriter"/> of a dialect.</summary>
public static class BulkRowWriters
{
    public static IBulkRowWriter Create(SqlDialect dialect, DbConnection connection, DbTransaction transaction, BulkTable table) =>
        Create(dialect, connection, transaction, table, null);

    /// <summary>As above; on SQLite, full batches are written on <paramref name="queue"/>'s thread when one is given.</summary>
    internal static IBulkRowWriter Create(SqlDialect dialect, DbConnection connection, DbTransaction transaction, BulkTable table, SqliteWriteQueue? queue) => dialect switch
    {
        SqlDialect.Sqlite => new SqliteBulkRowWriter((SqliteConnection)connection, (SqliteTransaction)transaction, table, queue),
        _ => new SqlServerBulkRowWriter((SqlConnection)connection, (SqlTransaction)transaction, table),
    };
}
