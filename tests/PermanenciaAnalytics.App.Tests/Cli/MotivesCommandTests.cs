using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Cli;

/// <summary>
/// Rule 5b end to end on two real-layout (43-column, Windows-1252) cuts of institution 154001000101, grade 6:
/// six students at 30 Apr; at 31 Oct one stays, one leaves "TRASLADO A OTRO MUNICIPIO", one "FALLECIMIENTO", one
/// "CAMBIO DE PAÍS", one with a blank motive, one vanishes, and one new student arrives.
/// Hand-computed: enrolled 5 (900101, 900104, 900105, 900106, 900107), dropouts 3 (900104, 900105, 900106),
/// transfers out 1 (900102) → 60.00 %.
/// </summary>
public class MotivesCommandTests
{
    private static async Task<string> LoadedDatabase(TempSqliteDatabase database)
    {
        var (exit, _, error) = await IndicatorsCommandTests.Run("load", "simat",
            TestData.PathOf("simat/motivos_detallado43_20240430.txt"), TestData.PathOf("simat/motivos_detallado43_20241031.txt"),
            "--format", "json", "--rejects-dir", Path.Combine(database.Folder, "rejects"), "--db", database.ConnectionString);
        Assert.True(exit == 0, error);
        return database.ConnectionString;
    }

    [Fact]
    public async Task Motives_CountsEachMotiveWithItsClass_WhenRunRightAfterALoad()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var db = await LoadedDatabase(database);

        // Act
        var (exit, output, error) = await IndicatorsCommandTests.Run("motives", "--year", "2024", "--format", "csv", "--db", db);

        // Assert: normalised motives (accents removed), blank first by the tie order, and the version applied.
        Assert.Equal(0, exit);
        Assert.Equal(
            ["motive,class,students", ",desercion,1", "CAMBIO DE PAIS,desercion,1", "FALLECIMIENTO,fallecimiento,1", "TRASLADO A OTRO MUNICIPIO,traslado,1"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("tabla de motivos versión 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicators_LeavesTrasladoAndFallecimientoOutOfTheRate_WhenTheirMotivesSaySo()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var db = await LoadedDatabase(database);

        // Act
        var (exit, output, _) = await IndicatorsCommandTests.Run("indicators", "--year", "2024", "--by", "institution,grade", "--format", "csv", "--db", db);

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains("154001000101,6,5,3,1,60.00", output.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MotivesSet_ReclassifiesOnTheNextRead_WhenTheSecretariatMovesAMotiveToTraslado()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var db = await LoadedDatabase(database);
        Assert.Equal(0, (await IndicatorsCommandTests.Run("indicators", "--year", "2024", "--by", "institution", "--db", db)).Exit);

        // Act
        var (setExit, setOutput, _) = await IndicatorsCommandTests.Run("motives", "set", "--pattern", "cambio de país", "--class", "traslado", "--note", "prueba", "--db", db);
        var (_, output, error) = await IndicatorsCommandTests.Run("indicators", "--year", "2024", "--by", "institution,grade", "--format", "csv", "--db", db);
        var (_, table, _) = await IndicatorsCommandTests.Run("motives", "table", "--format", "csv", "--db", db);

        // Assert: 900104 is now a transfer, so 4 enrolled, 2 dropouts, 2 transfers; the read said it recomputed with v2.
        Assert.Equal(0, setExit);
        Assert.Contains("versión 2 guardada", setOutput, StringComparison.Ordinal);
        Assert.Contains("154001000101,6,4,2,2,50.00", output.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("tabla de motivos versión 2", error, StringComparison.Ordinal);
        Assert.Contains("1,CAMBIO DE PAIS,traslado", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MotivesSet_RefusesWithUsageError_WhenTheClassIsUnknown()
    {
        // Arrange
        using var database = new TempSqliteDatabase();

        // Act
        var (exit, _, error) = await IndicatorsCommandTests.Run("motives", "set", "--pattern", "X", "--class", "mudanza", "--db", database.ConnectionString);
        var (_, table, _) = await IndicatorsCommandTests.Run("motives", "table", "--format", "csv", "--db", database.ConnectionString);

        // Assert: nothing was written; the table is still the default version.
        Assert.Equal(1, exit);
        Assert.Contains("La clase 'mudanza' no existe", error, StringComparison.Ordinal);
        Assert.Equal(13, table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Publish_SaysWhichMotiveTableItUsed_WhenTheTableWasEdited()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var db = await LoadedDatabase(database);
        Assert.Equal(0, (await IndicatorsCommandTests.Run("motives", "set", "--pattern", "RETIRO VOLUNTARIO", "--class", "traslado", "--db", db)).Exit);
        var output = Path.Combine(database.Folder, "pub");

        // Act
        var (exit, _, error) = await IndicatorsCommandTests.Run("publish", "--year", "2024", "--out", output, "--db", db);

        // Assert: the municipal page and the institution's page both name version 2 in their glossary.
        Assert.True(exit == 0, error);
        var version = Directory.GetDirectories(output).Single();
        Assert.Contains("Se aplicó la tabla de motivos de retiro versión 2.", File.ReadAllText(Path.Combine(version, "index.html")), StringComparison.Ordinal);
        Assert.Contains("Se aplicó la tabla de motivos de retiro versión 2.",
            File.ReadAllText(Directory.GetFiles(version, "index.html", SearchOption.AllDirectories).First(f => f.Contains("154001000101", StringComparison.Ordinal))),
            StringComparison.Ordinal);
    }
}
