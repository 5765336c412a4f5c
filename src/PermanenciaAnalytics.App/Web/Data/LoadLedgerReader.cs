using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>Recent load summaries from <c>load_ledger</c>, shown on the uploads page once the import job ran.</summary>
public sealed class LoadLedgerReader(DatabaseTarget target)
{
    public IReadOnlyList<LoadLedgerEntry> Recent(int count)
    {
        using var connection = target.Open();
        return connection.Query<LoadLedgerEntry>(
                """
                SELECT load_id AS LoadId, file_name AS FileName, kind AS Kind, status AS Status, rows_read AS RowsRead,
                       rows_loaded AS RowsLoaded, rows_rejected AS RowsRejected, message AS Message
                FROM load_ledger
                WHERE load_id > (SELECT COALESCE(MAX(load_id), 0) FROM load_ledger) - @count
                ORDER BY load_id DESC
                """,
                new { count })
            .ToList();
    }
}

public sealed class LoadLedgerEntry
{
    public long LoadId { get; init; }

    public string FileName { get; init; } = "";

    public string Kind { get; init; } = "";

    public string Status { get; init; } = "";

    public long RowsRead { get; init; }

    public long RowsLoaded { get; init; }

    public long RowsRejected { get; init; }

    public string? Message { get; init; }
}
