using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Cli;

/// <summary>
/// <c>indicators --source simpade</c>: SIMPADE's desertores over SIMAT's enrolled. The two real-layout 43-column cuts of
/// <see cref="MotivesCommandTests"/> give 154001000101 grade 6 five attributed students (SIMAT: 3 dropouts, 1 transfer);
/// MEN's identity-less SIMPADE extract (real 150-column header) reports 2 desertores of SEXTO there, in July and
/// September. Hand-computed: SIMPADE 2 / 5 = 40.00 %, transfers still SIMAT's (1).
/// </summary>
public class SimpadeSourceIndicatorsTests
{
    [Fact]
    public async Task Indicators_CountsSimpadeDropoutsOverSimatEnrolled_WhenSourceIsSimpade()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var db = database.ConnectionString;
        var rejects = Path.Combine(database.Folder, "rejects");
        Assert.Equal(0, (await IndicatorsCommandTests.Run("load", "simat", TestData.PathOf("simat/motivos_detallado43_20240430.txt"),
            TestData.PathOf("simat/motivos_detallado43_20241031.txt"), "--format", "json", "--rejects-dir", rejects, "--db", db)).Exit);
        var (simpadeExit, _, simpadeError) = await IndicatorsCommandTests.Run("load", "simpade", TestData.PathOf("simpade/men_desertores_sin_identidad_2024-11.csv"),
            "--format", "json", "--rejects-dir", rejects, "--db", db);
        Assert.True(simpadeExit == 0, simpadeError);

        // Act
        var (exit, output, _) = await IndicatorsCommandTests.Run("indicators", "--year", "2024", "--by", "institution,grade", "--source", "simpade", "--format", "csv", "--db", db);
        var (_, months, _) = await IndicatorsCommandTests.Run("indicators", "--year", "2024", "--by", "municipality,month", "--source", "simpade", "--format", "csv", "--db", db);

        // Assert: the cumulative month series counts SIMPADE's July and September desertores.
        Assert.Equal(0, exit);
        Assert.Contains("154001000101,6,5,2,1,40.00", output.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var monthLines = months.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        Assert.Contains(monthLines, l => l.StartsWith("2024,6,5,0,", StringComparison.Ordinal));
        Assert.Contains(monthLines, l => l.StartsWith("2024,7,5,1,", StringComparison.Ordinal));
        Assert.Contains(monthLines, l => l.StartsWith("2024,9,5,2,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Indicators_RefusesWithUsageError_WhenSimpadeSourceIsSplit()
    {
        // Arrange
        using var database = new TempSqliteDatabase();

        // Act
        var (exit, _, error) = await IndicatorsCommandTests.Run("indicators", "--year", "2024", "--by", "institution", "--source", "simpade", "--split", "sex", "--db", database.ConnectionString);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains("no admiten --split", error, StringComparison.Ordinal);
    }
}
