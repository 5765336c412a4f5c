using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace PermanenciaAnalytics.Etl.Database;

/// <summary>
/// Counts the SQL statements and connections of one logical operation (an HTTP request), measured by the database
/// engines themselves: on SQLite a trace hook on every connection <see cref="DatabaseTarget.Open"/> hands out fires as
/// each statement starts to run; on SQL Server SqlClient's diagnostic events fire before each command. Off unless
/// <see cref="Enable"/> is called (the web benchmark's diagnostic option), so production pays nothing.
/// The counter lives in an <see cref="AsyncLocal{T}"/>: the hooks run on the thread that executes the statement, which
/// carries the execution context of the request that runs it, so concurrent requests never mix their counts.
/// </summary>
public static class SqlStatementCounter
{
    private static readonly AsyncLocal<SqlStatementCount?> Current = new();
    private static readonly SQLitePCL.strdelegate_trace Trace = (_, _) =>
    {
        if (!settingUp)
        {
            Current.Value?.AddStatement();
        }
    };

    /// <summary>True while <see cref="DatabaseTarget.Open"/> runs its PRAGMAs on this thread: a pooled handle still has the hook.</summary>
    [ThreadStatic]
    private static bool settingUp;

    private static volatile bool enabled;
    private static IDisposable? sqlClientSubscription;

    public static bool Enabled => enabled;

    /// <summary>Turns counting on for the whole process (idempotent).</summary>
    public static void Enable()
    {
        if (enabled)
        {
            return;
        }

        enabled = true;
        sqlClientSubscription ??= DiagnosticListener.AllListeners.Subscribe(new SqlClientListenerObserver());
    }

    /// <summary>Starts counting for the current async flow (call it at the top of the request, before awaiting the rest).</summary>
    public static SqlStatementCount Begin()
    {
        var count = new SqlStatementCount();
        Current.Value = count;
        return count;
    }

    /// <summary>
    /// Brackets the set-up statements of <see cref="DatabaseTarget.Open"/>, which are not the caller's queries and are
    /// not counted (a connection's cost shows in the connection count instead).
    /// </summary>
    internal static SetUpScope SettingUp()
    {
        settingUp = true;
        return default;
    }

    internal readonly struct SetUpScope : IDisposable
    {
        public void Dispose() => settingUp = false;
    }

    /// <summary>Called by <see cref="DatabaseTarget.Open"/> after its own set-up statements.</summary>
    internal static void Opened(DbConnection connection)
    {
        if (!enabled)
        {
            return;
        }

        Current.Value?.AddConnection();
        if (connection is SqliteConnection sqlite)
        {
            // Pooled handles keep the hook; registering again replaces it. The hook reads the counter of whoever runs the statement.
            SQLitePCL.raw.sqlite3_trace(sqlite.Handle, Trace, null);
        }
    }

    private sealed class SqlClientListenerObserver : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "SqlClientDiagnosticListener")
            {
                value.Subscribe(new CommandObserver());
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private sealed class CommandObserver : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key.EndsWith("WriteCommandBefore", StringComparison.Ordinal))
            {
                Current.Value?.AddStatement();
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}

/// <summary>Statements and connections counted for one operation; safe to read while the operation still runs.</summary>
public sealed class SqlStatementCount
{
    private int statements;
    private int connections;

    public int Statements => Volatile.Read(ref statements);

    public int Connections => Volatile.Read(ref connections);

    internal void AddStatement() => Interlocked.Increment(ref statements);

    internal void AddConnection() => Interlocked.Increment(ref connections);
}
