using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>Recent load summaries from <c>load_ledger</c>, shown on the uploads page once the import job ran.</summary>
public sealed class LoadLedgerReader(DatabaseTarget target)
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(LoadLedgerReader).Assembly);

    public IReadOnlyList<LoadLedgerEntry> Recent(int count)
    {
        using var connection = target.Open();
        return connection.Query<LoadLedgerEntry>(
                Scripts.Read(target.Dialect, "Web", "LoadLedgerRecent"),
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
