using System.Security.Cryptography;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Cli;

public sealed class PublishCommandTests : IDisposable
{
    private readonly string output = Directory.CreateTempSubdirectory("permanencia-publish-").FullName;

    public void Dispose() => Directory.Delete(output, recursive: true);

    private static Dictionary<string, string> Hashes(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    [Fact]
    public async Task Publish_NamesTheVersionAfterTheLastCut_AndRepeatsItsBytes_WhenNoMonthIsGiven()
    {
        // Arrange: the indicators seed has SIMAT cuts on 2025-03-31 and 2025-10-31 (its month series run to December).
        using var database = new TempSqliteDatabase();
        IndicatorsCommandTests.Seed(database);
        var db = database.ConnectionString;
        Assert.Equal(0, (await IndicatorsCommandTests.Run("recompute", "--year", "2025", "--db", db)).Exit);

        // Act
        var first = await IndicatorsCommandTests.Run("publish", "--year", "2025", "--out", output, "--db", db);
        var firstHashes = Hashes(Path.Combine(output, "2025-10"));
        var second = await IndicatorsCommandTests.Run("publish", "--year", "2025", "--out", output, "--db", db);

        // Assert: October, the month of the last cut (formerly 2025-12); a re-run writes the same bytes.
        Assert.Equal(0, first.Exit);
        Assert.Equal(0, second.Exit);
        Assert.Equal(["2025-10"], Directory.GetDirectories(output).Select(Path.GetFileName));
        Assert.Contains(Path.Combine(output, "2025-10"), first.Output, StringComparison.Ordinal);
        Assert.Contains("Datos hasta octubre.", File.ReadAllText(Path.Combine(output, "2025-10", "index.html")), StringComparison.Ordinal);
        Assert.NotEmpty(firstHashes);
        Assert.Equal(firstHashes, Hashes(Path.Combine(output, "2025-10")));
    }
}
