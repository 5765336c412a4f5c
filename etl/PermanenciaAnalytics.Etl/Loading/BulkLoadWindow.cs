using System.Data.Common;
using System.Globalization;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// SQLite: a run of large SIMAT files (a year's history loaded at once: ten monthly cuts, or two years) loads without the
/// secondary indexes of <c>enrollment</c> and <c>student_contact</c>, which are rebuilt once when the run ends. Each file
/// still loads in its own transaction, entirely or not at all; only the indexes wait.
/// Why: every file of a run inserts its students at random places of the student-keyed indexes, so each one rewrites
/// nearly every index page and the run costs more the more it has loaded (measured on the demo: 2.9 s for the first
/// cut, 6–10 s for the tenth); one <c>CREATE INDEX</c> per index at the end sorts once.
/// The dropped definitions are kept in <c>deferred_index</c>, in the same transaction as the DROP, so a crash between
/// files loses nothing: <see cref="Close"/> runs again before the next recompute and at server start.
/// Queries stay correct while the window is open, only slower; SQL Server (bulk copy) never opens one.
/// </summary>
public static class BulkLoadWindow
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(BulkLoadWindow).Assembly);

    private static readonly string[] Tables = [BulkTables.Enrollment.Name, BulkTables.StudentContact.Name];

    /// <summary>
    /// Opens the window when the files still to load (<paramref name="pendingBytes"/> of SIMAT text, at 250 bytes or more
    /// per row) are worth a rebuild next to what <c>enrollment</c> holds (<see cref="SqliteIndexDeferral.IsWorthIt"/>) and
    /// there are at least two of them: a single file already defers its own indexes when that pays.
    /// Returns whether a window is open afterwards (one opened earlier counts).
    /// </summary>
    public static bool OpenIfWorthIt(DatabaseTarget target, int pendingFiles, long pendingBytes)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Dialect != SqlDialect.Sqlite)
        {
            return false;
        }

        using var connection = target.Open();
        using var transaction = connection.BeginTransaction();
        if (Deferred(connection, transaction).Count > 0)
        {
            return true;
        }

        var existing = SqliteIndexDeferral.EstimateRows(connection, transaction, BulkTables.Enrollment.Name);
        if (pendingFiles < 2 || !SqliteIndexDeferral.IsWorthIt(pendingBytes / SqliteIndexDeferral.SmallestSimatRowBytes, existing))
        {
            return false;
        }

        var at = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        foreach (var table in Tables)
        {
            foreach (var (name, sql) in SqliteIndexDeferral.IndexesOf(connection, transaction, table))
            {
                Execute(connection, transaction, "DeferredIndexInsert", ("$name", name), ("$table", table), ("$sql", sql), ("$at", at));
                SqliteIndexDeferral.Drop(connection, transaction, name);
            }
        }

        transaction.Commit();
        return true;
    }

    /// <summary>Whether indexes are waiting to be rebuilt.</summary>
    public static bool IsOpen(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Dialect != SqlDialect.Sqlite)
        {
            return false;
        }

        using var connection = target.Open();
        return Deferred(connection, null).Count > 0;
    }

    /// <summary>
    /// Rebuilds every deferred index (one that exists already, rebuilt by another process, is left as is) in one
    /// transaction and forgets it. Returns how many were rebuilt; 0 when no window was open.
    /// </summary>
    public static int Close(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Dialect != SqlDialect.Sqlite)
        {
            return 0;
        }

        using var connection = target.Open();

        // Every recompute and server start asks: with nothing deferred, answer from a read, without the write lock.
        if (Deferred(connection, null).Count == 0)
        {
            return 0;
        }

        ExtractLoader.ApplyLoadPragmas(connection);
        SqliteIndexBuild.BeforeTransaction(connection);
        SqlitePragmas.Run(connection, null, "WindowLockWait");

        // BEGIN IMMEDIATE: the wait for the write lock happens here, before anything is read.
        using var transaction = connection.BeginTransaction();
        var deferred = Deferred(connection, transaction);
        var rebuilt = 0;
        SqliteIndexBuild.Begin(connection, transaction);
        foreach (var (name, sql) in deferred)
        {
            if (Scalar(connection, transaction, "IndexExists", ("$name", name)) == 0)
            {
                using var create = connection.CreateCommand();
                create.Transaction = transaction;
                create.CommandText = sql;
                create.CommandTimeout = 0;
                create.ExecuteNonQuery();
                rebuilt++;
            }

            Execute(connection, transaction, "DeferredIndexDelete", ("$name", name));
        }

        SqliteIndexBuild.End(connection, transaction);
        transaction.Commit();
        return rebuilt;
    }

    private static List<(string Name, string Sql)> Deferred(DbConnection connection, DbTransaction? transaction)
    {
        using var query = Command(connection, transaction, "DeferredIndexList");
        using var reader = query.ExecuteReader();
        var deferred = new List<(string, string)>();
        while (reader.Read())
        {
            deferred.Add((reader.GetString(0), reader.GetString(1)));
        }

        return deferred;
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string script, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, script, parameters);
        command.ExecuteNonQuery();
    }

    private static long Scalar(DbConnection connection, DbTransaction transaction, string script, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, script, parameters);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string script, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Scripts.Read(SqlDialect.Sqlite, "Loading", script);
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
