using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Cli;

/// <summary>
/// Rule 9 on two real-layout (43-column) cuts, grade 7: the official 154001000101 has 3 students, 1 gone by October;
/// the private 354001000202 (SECTOR "NO OFICIAL") has 2, 1 gone. Hand-computed municipal rates: oficial 1/3 = 33.33,
/// no oficial 1/2 = 50.00, all 2/5 = 40.00.
/// </summary>
public class SectorIndicatorsTests
{
    private static async Task<string> LoadedDatabase(TempSqliteDatabase database)
    {
        var (exit, _, error) = await IndicatorsCommandTests.Run("load", "simat",
            TestData.PathOf("simat/sector_detallado43_20240430.txt"), TestData.PathOf("simat/sector_detallado43_20241031.txt"),
            "--format", "json", "--rejects-dir", Path.Combine(database.Folder, "rejects"), "--db", database.ConnectionString);
        Assert.True(exit == 0, error);
        return database.ConnectionString;
    }

    [Theory]
    [InlineData(null, "3,1,0,33.33")]
    [InlineData("oficial", "3,1,0,33.33")]
    [InlineData("no_oficial", "2,1,0,50.00")]
    [InlineData("all", "5,2,0,40.00")]
    public async Task Indicators_KeepsTheSectorOfTheAttributedPlacement_WhenSectorIsLoaded(string? sector, string expected)
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var db = await LoadedDatabase(database);
        string[] args = ["indicators", "--year", "2024", "--by", "municipality", "--format", "csv", "--db", db];

        // Act
        var (exit, output, _) = await IndicatorsCommandTests.Run(sector is null ? args : [.. args, "--sector", sector]);

        // Assert
        Assert.Equal(0, exit);
        Assert.EndsWith(expected, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicators_SaysTheOtherSectorIsLeftOut_WhenTheOfficialSectorIsTheDefault()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var db = await LoadedDatabase(database);

        // Act
        var (_, output, error) = await IndicatorsCommandTests.Run("indicators", "--year", "2024", "--by", "institution", "--format", "csv", "--db", db);
        var (_, _, allError) = await IndicatorsCommandTests.Run("indicators", "--year", "2024", "--by", "institution", "--sector", "all", "--format", "csv", "--db", db);

        // Assert: the private school's row is not in the default table, and stderr says how to include it.
        Assert.DoesNotContain("354001000202", output, StringComparison.Ordinal);
        Assert.Contains("154001000101", output, StringComparison.Ordinal);
        Assert.Contains("Cifras del sector oficial (regla 9)", error, StringComparison.Ordinal);
        Assert.Contains("--sector all las incluye", error, StringComparison.Ordinal);
        Assert.DoesNotContain("regla 9", allError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicators_WarnsAndShowsSinDato_WhenNoLoadedFileHasTheSplitColumn()
    {
        // Arrange: the 43-column export has no víctima column.
        using var database = new TempSqliteDatabase();
        var db = await LoadedDatabase(database);

        // Act
        var (exit, output, error) = await IndicatorsCommandTests.Run("indicators", "--year", "2024", "--by", "municipality", "--split", "victima", "--format", "csv", "--db", db);

        // Assert: one "sin dato" row with the students and dropouts, never a 0.00 under a made-up value.
        Assert.Equal(0, exit);
        Assert.Contains("ningún archivo cargado de 2024 trae el dato de 'victima'", error, StringComparison.Ordinal);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).ToList();
        Assert.Single(rows);
        Assert.Contains("sin dato,3,1,0,33.33", rows[0], StringComparison.Ordinal);
    }
}
