using System.Data.Common;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>Runs one of the loader's SQLite PRAGMA scripts (<c>Sql/Sqlite/Loading</c>) on a connection, inside a transaction or not.</summary>
internal static class SqlitePragmas
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(SqlitePragmas).Assembly);

    public static void Run(DbConnection connection, DbTransaction? transaction, string script)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Scripts.Read(SqlDialect.Sqlite, "Loading", script);
        command.ExecuteNonQuery();
    }
}
