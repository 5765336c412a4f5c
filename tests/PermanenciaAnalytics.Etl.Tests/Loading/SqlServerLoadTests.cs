using Dapper;
using Microsoft.Data.SqlClient;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Loading;

public sealed class SqlServerLoadTests
{
    [SqlServerFact]
    public void Load_LoadsSimatAndSimpadeAndSkipsDuplicate_WhenTargetIsSqlServer()
    {
        var target = DatabaseTarget.FromConnectionString(SqlServerFactAttribute.ConnectionString!);
        var rejects = Directory.CreateTempSubdirectory("permanencia-sqlserver-").FullName;
        var loader = new ExtractLoader(target, new LoadOptions { RejectsFolder = rejects, MaxRejectPercent = 70m });
        var simatPath = CopyWithUniqueBytes("simat/rejects_mixed_2024-05-31.csv", rejects);
        var simpadePath = CopyWithUniqueBytes("simpade/desertores_2025-11.csv", rejects);

        var simat = loader.Load(simatPath, ExtractKind.Auto);
        var simpade = loader.Load(simpadePath, ExtractKind.Auto);
        var again = loader.Load(simatPath, ExtractKind.Auto);

        Assert.Equal((LoadStatus.Loaded, 4L, 8L), (simat.Status, simat.RowsLoaded, simat.RowsRejected));
        Assert.Equal((LoadStatus.Loaded, 5L), (simpade.Status, simpade.RowsLoaded));
        Assert.Equal(LoadStatus.SkippedDuplicate, again.Status);
        using var connection = new SqlConnection(target.ConnectionString);
        var loadId = connection.ExecuteScalar<int>("SELECT load_id FROM dbo.load_ledger WHERE sha256 = @sha AND status = 'loaded'", new { sha = simat.Sha256 });
        Assert.Equal(4, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM dbo.enrollment WHERE load_id = @loadId", new { loadId }));
        Assert.Equal(9, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM dbo.rejected_row WHERE load_id = @loadId", new { loadId }));
        Assert.Equal(new DateTime(2024, 5, 31), connection.ExecuteScalar<DateTime>("SELECT MIN(cut_date) FROM dbo.enrollment WHERE load_id = @loadId", new { loadId }));
        var simpadeId = connection.ExecuteScalar<int>("SELECT load_id FROM dbo.load_ledger WHERE sha256 = @sha AND status = 'loaded'", new { sha = simpade.Sha256 });
        Assert.Equal(4, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM dbo.simpade_dropout_reason WHERE load_id = @simpadeId", new { simpadeId }));
    }

    /// <summary>
    /// Appends 128 empty lines whose endings (LF or CRLF) spell a new GUID, so each run has a new SHA-256 on a shared
    /// server while the rows stay the same (empty lines are skipped).
    /// </summary>
    private static string CopyWithUniqueBytes(string relative, string folder)
    {
        var path = Path.Combine(folder, Path.GetFileName(relative));
        var bytes = new List<byte>(File.ReadAllBytes(TestData.PathOf(relative)));
        foreach (var b in Guid.NewGuid().ToByteArray())
        {
            for (var bit = 0; bit < 8; bit++)
            {
                bytes.AddRange((b >> bit & 1) == 1 ? "\r\n"u8.ToArray() : "\n"u8.ToArray());
            }
        }

        File.WriteAllBytes(path, [.. bytes]);
        return path;
    }
}
