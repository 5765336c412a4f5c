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
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(LoadLedger).Assembly);

    public static long? FindLoaded(SqlDialect dialect, DbConnection connection, string sha256) =>
        connection.QuerySingleOrDefault<long?>(Scripts.Read(dialect, "Loading", "LedgerFindLoaded"), new { sha256 });

    public static long Insert(SqlDialect dialect, DbConnection connection, DbTransaction? transaction, LedgerEntry entry) =>
        connection.ExecuteScalar<long>(Scripts.Read(dialect, "Loading", "LedgerInsert"), entry, transaction);

    public static void Complete(SqlDialect dialect, DbConnection connection, DbTransaction transaction, long loadId, LedgerEntry entry)
    {
        connection.Execute(Scripts.Read(dialect, "Loading", "LedgerComplete"), new
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
        connection.Execute(Scripts.Read(dialect, "Loading", "LedgerInsertReason"), rows, transaction);
    }
}
