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

    [Fact]
    public async Task Publish_RefusesAMonthTheOutcomesDoNotStandAt_AndWritesNothing()
    {
        // Arrange: outcomes recomputed to the last cut, 2025-10-31.
        using var database = new TempSqliteDatabase();
        IndicatorsCommandTests.Seed(database);
        var db = database.ConnectionString;
        Assert.Equal(0, (await IndicatorsCommandTests.Run("recompute", "--year", "2025", "--db", db)).Exit);

        // Act
        var june = await IndicatorsCommandTests.Run("publish", "--year", "2025", "--month", "6", "--out", output, "--db", db);
        var december = await IndicatorsCommandTests.Run("publish", "--year", "2025", "--month", "12", "--out", output, "--db", db);

        // Assert: June would have shown October's counts under "Datos hasta junio"; December has no data yet.
        Assert.Equal((1, 1), (june.Exit, december.Exit));
        Assert.Contains("--until 2025-06-30", june.Error, StringComparison.Ordinal);
        Assert.Contains("todavía no hay datos de diciembre", december.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(output));
    }
}
