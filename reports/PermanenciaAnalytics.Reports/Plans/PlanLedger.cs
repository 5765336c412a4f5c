using System.Data.Common;
using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>
/// Records plan loads in <c>load_ledger</c> (kind <c>plan</c>) like every other load: loaded plans inside the plan's own
/// transaction, refused ones on their own. A file whose SHA-256 is already loaded is a duplicate and changes nothing.
/// </summary>
internal static class PlanLedger
{
    public const string Kind = "plan";

    public const string FindLoaded =
        "SELECT COUNT(*) FROM load_ledger WHERE sha256 = @Sha256 AND status = 'loaded'";

    public const string Insert =
        "INSERT INTO load_ledger (file_name, sha256, kind, school_year, status, rows_read, rows_loaded, rows_rejected, started_at, finished_at, seconds, message) " +
        "VALUES (@FileName, @Sha256, @Kind, @Year, @Status, @RowsRead, @RowsLoaded, @RowsRejected, @StartedAt, @FinishedAt, 0, @Message)";

    public static bool IsLoaded(DatabaseTarget target, string sha256)
    {
        using var connection = target.Open();
        return connection.ExecuteScalar<long>(FindLoaded, new { Sha256 = sha256 }) > 0;
    }

    public static void Record(DbConnection connection, DbTransaction? transaction, PlanLedgerEntry entry) =>
        connection.Execute(Insert, new
        {
            entry.FileName,
            entry.Sha256,
            Kind,
            entry.Year,
            entry.Status,
            entry.RowsRead,
            entry.RowsLoaded,
            entry.RowsRejected,
            StartedAt = entry.At,
            FinishedAt = entry.At,
            entry.Message,
        }, transaction);

    public static void RecordRefused(DatabaseTarget target, PlanLedgerEntry entry)
    {
        using var connection = target.Open();
        Record(connection, null, entry);
    }
}

/// <summary>One ledger line of a plan load; <see cref="Status"/> is <c>loaded</c> or <c>refused</c>.</summary>
internal sealed record PlanLedgerEntry(string FileName, string Sha256, int? Year, string Status, int RowsRead, int RowsLoaded, int RowsRejected, DateTime At, string? Message);
