using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// One load's ledger row and its issues counted by reason (LoadDetail.sql, LoadIssueCounts.sql), and which load each
/// inbox file became (LatestLoadPerFile.sql). The loader stores the file name only, which is the inbox name of an upload.
/// </summary>
public sealed class LoadDetailsReader(DatabaseTarget target)
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(LoadDetailsReader).Assembly);

    public LoadDetail? Find(long loadId)
    {
        using var connection = target.Open();
        return connection.QuerySingleOrDefault<LoadDetail>(Scripts.Read(target.Dialect, "Web", "LoadDetail"), new { loadId });
    }

    /// <summary>Rejections and warnings by reason, largest first; rejections before warnings.</summary>
    public IReadOnlyList<LoadIssueCount> IssueCounts(long loadId)
    {
        using var connection = target.Open();
        return connection.Query<LoadIssueCount>(Scripts.Read(target.Dialect, "Web", "LoadIssueCounts"), new { loadId })
            .OrderBy(c => c.Severity == "rejected" ? 0 : 1)
            .ThenByDescending(c => c.Total)
            .ThenBy(c => c.Reason, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The newest load recorded for <paramref name="fileName"/>, or null while its import has not finished.</summary>
    public long? LatestLoadOf(string fileName)
    {
        using var connection = target.Open();
        return connection.ExecuteScalar<long?>(Scripts.Read(target.Dialect, "Web", "LatestLoadOfFile"), new { fileName });
    }

    /// <summary>The newest load of every file name in the ledger (a few rows per cut, so the whole map is small).</summary>
    public IReadOnlyDictionary<string, long> LatestLoadPerFile()
    {
        using var connection = target.Open();
        return connection.Query<(string FileName, long LoadId)>(Scripts.Read(target.Dialect, "Web", "LatestLoadPerFile"))
            .ToDictionary(r => r.FileName, r => r.LoadId, StringComparer.Ordinal);
    }
}

/// <summary>A <c>load_ledger</c> row; <see cref="Kind"/> and <see cref="Status"/> hold the machine names.</summary>
public sealed class LoadDetail
{
    public long LoadId { get; init; }

    public string FileName { get; init; } = "";

    public string Kind { get; init; } = "";

    public DateTime? CutDate { get; init; }

    public long? SchoolYear { get; init; }

    public string Status { get; init; } = "";

    public long RowsRead { get; init; }

    public long RowsLoaded { get; init; }

    public long RowsRejected { get; init; }

    public long Duplicates { get; init; }

    public long Warnings { get; init; }

    public DateTime StartedAt { get; init; }

    public DateTime? FinishedAt { get; init; }

    public double? Seconds { get; init; }

    public string? Message { get; init; }
}

/// <summary>How many rows of a load had one issue; <see cref="Severity"/> is <c>rejected</c> or <c>warning</c>.</summary>
public sealed class LoadIssueCount
{
    public string Severity { get; init; } = "";

    public string Reason { get; init; } = "";

    public long Total { get; init; }
}
