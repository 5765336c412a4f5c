using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace PermanenciaAnalytics.Etl.Database;

/// <summary>
/// A connection string and the dialect it selects: <c>Server=…</c> (or <c>Data Source=tcp:…</c>) is SQL Server,
/// anything else (<c>Data Source=file.db</c>) is SQLite.
/// </summary>
public sealed record DatabaseTarget(SqlDialect Dialect, string ConnectionString)
{
    public const string DefaultSqlitePath = "data/permanencia.db";

    public static DatabaseTarget Default => FromConnectionString($"Data Source={DefaultSqlitePath}");

    public static DatabaseTarget FromConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var text = connectionString.Trim();
        var isSqlServer = text.StartsWith("Server=", StringComparison.OrdinalIgnoreCase)
            || text.Contains(";Server=", StringComparison.OrdinalIgnoreCase)
            || text.Contains("Initial Catalog=", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("Data Source=tcp:", StringComparison.OrdinalIgnoreCase);
        return new DatabaseTarget(isSqlServer ? SqlDialect.SqlServer : SqlDialect.Sqlite, text);
    }

    /// <summary>A human description that never includes a password.</summary>
    public string Describe()
    {
        if (Dialect == SqlDialect.Sqlite)
        {
            return $"SQLite {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";
        }

        var builder = new SqlConnectionStringBuilder(ConnectionString);
        return $"SQL Server {builder.DataSource}/{builder.InitialCatalog}";
    }

    /// <summary>Opens a connection; for SQLite, creates the folder of the database file first.</summary>
    public DbConnection Open()
    {
        DbConnection connection = Dialect switch
        {
            SqlDialect.Sqlite => new SqliteConnection(PrepareSqlite()),
            _ => new SqlConnection(ConnectionString),
        };
        connection.Open();
        if (Dialect == SqlDialect.Sqlite)
        {
            using var setUp = SqlStatementCounter.SettingUp();
            using var pragma = connection.CreateCommand();
            // WAL lets the web app read while a load writes; busy_timeout waits for the writer instead of failing.
            pragma.CommandText = SqlScripts.Of(typeof(DatabaseTarget).Assembly).Read(SqlDialect.Sqlite, "Database", "ConnectionPragmas");
            pragma.ExecuteNonQuery();
        }

        SqlStatementCounter.Opened(connection);
        return connection;
    }

    private string PrepareSqlite()
    {
        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        var path = builder.DataSource;
        if (!string.IsNullOrEmpty(path) && path != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder.ToString();
    }
}
