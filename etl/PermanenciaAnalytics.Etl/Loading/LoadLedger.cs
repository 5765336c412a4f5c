using System.Data.Common;
using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// <c>load_ledger</c> and <c>load_reject_reason</c>. A load inserts its row as <c>loading</c> inside the file's
/// transaction and turns it to <c>loaded</c> just before commit, so a crash leaves no trace; refusals and skipped
/// duplicates get their own small row outside any data transaction.
/// </summary>
internal static class LoadLedger
{
    private const string Columns =
        "file_name, sha256, kind, cut_date, school_year, status, rows_read, rows_loaded, rows_rejected, duplicates, warnings, started_at, finished_at, seconds, message";

    private const string Values =
        "@FileName, @Sha256, @Kind, @CutDate, @SchoolYear, @Status, @RowsRead, @RowsLoaded, @RowsRejected, @Duplicates, @Warnings, @StartedAt, @FinishedAt, @Seconds, @Message";

    private const string InsertSqlite = $"INSERT INTO load_ledger ({Columns}) VALUES ({Values}) RETURNING load_id;";

    internal const string InsertSqlServer = $"INSERT INTO dbo.load_ledger ({Columns}) OUTPUT INSERTED.load_id VALUES ({Values});";

    private const string FindLoadedSqlite = "SELECT load_id FROM load_ledger WHERE sha256 = @sha256 AND status = 'loaded';";

    internal const string FindLoadedSqlServer = "SELECT load_id FROM dbo.load_ledger WHERE sha256 = @sha256 AND status = 'loaded';";

    private const string CompleteSqlite = """
        UPDATE load_ledger SET status = 'loaded', school_year = @SchoolYear, cut_date = @CutDate, rows_read = @RowsRead,
            rows_loaded = @RowsLoaded, rows_rejected = @RowsRejected, duplicates = @Duplicates, warnings = @Warnings,
            finished_at = @FinishedAt, seconds = @Seconds, message = @Message
        WHERE load_id = @LoadId;
        """;

    internal const string CompleteSqlServer = """
        UPDATE dbo.load_ledger SET status = 'loaded', school_year = @SchoolYear, cut_date = @CutDate, rows_read = @RowsRead,
            rows_loaded = @RowsLoaded, rows_rejected = @RowsRejected, duplicates = @Duplicates, warnings = @Warnings,
            finished_at = @FinishedAt, seconds = @Seconds, message = @Message
        WHERE load_id = @LoadId;
        """;

    private const string InsertReasonSqlite = "INSERT INTO load_reject_reason (load_id, reason, row_count) VALUES (@LoadId, @Reason, @RowCount);";

    internal const string InsertReasonSqlServer = "INSERT INTO dbo.load_reject_reason (load_id, reason, row_count) VALUES (@LoadId, @Reason, @RowCount);";

    public static long? FindLoaded(SqlDialect dialect, DbConnection connection, string sha256) =>
        connection.QuerySingleOrDefault<long?>(dialect == SqlDialect.Sqlite ? FindLoadedSqlite : FindLoadedSqlServer, new { sha256 });

    public static long Insert(SqlDialect dialect, DbConnection connection, DbTransaction? transaction, LedgerEntry entry) =>
        connection.ExecuteScalar<long>(dialect == SqlDialect.Sqlite ? InsertSqlite : InsertSqlServer, entry, transaction);

    public static void Complete(SqlDialect dialect, DbConnection connection, DbTransaction transaction, long loadId, LedgerEntry entry)
    {
        connection.Execute(dialect == SqlDialect.Sqlite ? CompleteSqlite : CompleteSqlServer, new
        {
            LoadId = loadId,
            entry.SchoolYear,
            entry.CutDate,
            entry.RowsRead,
            entry.RowsLoaded,
            entry.RowsRejected,
            entry.Duplicates,
            entry.Warnings,
            entry.FinishedAt,
            entry.Seconds,
            entry.Message,
        }, transaction);
    }

    public static void InsertReasons(SqlDialect dialect, DbConnection connection, DbTransaction? transaction, long loadId, IReadOnlyDictionary<string, long> reasons)
    {
        var rows = reasons.Select(pair => new { LoadId = loadId, Reason = pair.Key, RowCount = pair.Value });
        connection.Execute(dialect == SqlDialect.Sqlite ? InsertReasonSqlite : InsertReasonSqlServer, rows, transaction);
    }
}
