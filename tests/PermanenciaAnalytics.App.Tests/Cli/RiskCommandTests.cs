using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Cli;

public class RiskCommandTests
{
    private static async Task<string> LoadedAnexo6A(TempSqliteDatabase database)
    {
        var db = database.ConnectionString;
        var rejects = Path.Combine(database.Folder, "rejects");
        Assert.Equal(0, (await IndicatorsCommandTests.Run("load", "simat", TestData.PathOf("anexo6a/anexo6a_2025-03-31.csv"),
            TestData.PathOf("anexo6a/anexo6a_2025-10-31.csv"), "--format", "json", "--rejects-dir", rejects, "--db", db)).Exit);
        return db;
    }

    [Fact]
    public async Task Risk_PrintsTheDesignCsvContract_ForStudentsEnrolledAtTheLatestCut()
    {
        // Arrange: the two real-layout Anexo 6A cuts; at 2025-10-31 nine students are MATRICULADO, two of them
        // Venezuelan (PAIS_ORIGEN 862): migrante, 10 points, bajo. Nothing else applies (no earlier year, no gap).
        using var database = new TempSqliteDatabase();
        var db = await LoadedAnexo6A(database);

        // Act
        var (exit, output, _) = await IndicatorsCommandTests.Run("risk", "--year", "2025", "--format", "csv", "--db", db);

        // Assert
        Assert.Equal(0, exit);
        Assert.Equal(
            [
                "institution_dane,student_key,grade,score,band,factors",
                "154001000101,910004,6,10,bajo,migrante",
                "154001000101,910009,99,10,bajo,migrante",
                "154001000101,910001,0,0,bajo,",
                "154001000101,910012,0,0,bajo,",
                "154001000101,910002,1,0,bajo,",
                "154001000101,910011,1,0,bajo,",
                "154001000101,910006,8,0,bajo,",
                "154001000101,910007,10,0,bajo,",
                "154001000101,910008,11,0,bajo,",
            ],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Risk_UsesTheNewVersion_WhenWeightsAreSetAndShowsSpanishLabelsInTheTable()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var db = await LoadedAnexo6A(database);

        // Act
        var set = await IndicatorsCommandTests.Run("risk", "weights", "set", "--points", "migrante=45", "--note", "prueba", "--db", db);
        var bad = await IndicatorsCommandTests.Run("risk", "weights", "set", "--band-medio", "60", "--note", "mal", "--db", db);
        var (_, csv, _) = await IndicatorsCommandTests.Run("risk", "--year", "2025", "--institution", "154001000101", "--format", "csv", "--db", db);
        var (_, table, _) = await IndicatorsCommandTests.Run("risk", "--year", "2025", "--db", db);
        var (_, weights, _) = await IndicatorsCommandTests.Run("risk", "weights", "--db", db);

        // Assert: version 2 puts migrants at 45 (alto from 40); a medio cut above alto is refused and writes nothing.
        Assert.Equal(0, set.Exit);
        Assert.Contains("Versión 2", set.Output, StringComparison.Ordinal);
        Assert.Equal(1, bad.Exit);
        Assert.Contains("puntos de corte", bad.Error, StringComparison.Ordinal);
        Assert.Contains("154001000101,910004,6,45,alto,migrante", csv, StringComparison.Ordinal);
        Assert.Contains("Puntaje", table, StringComparison.Ordinal);
        Assert.Contains("Migrante (país de origen distinto de Colombia)", table, StringComparison.Ordinal);
        Assert.Contains("Alto", table, StringComparison.Ordinal);
        Assert.StartsWith("Versión 2", weights, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RiskEvaluate_RefusesInSpanish_WhenTheTrainingYearHasNoCut()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var db = await LoadedAnexo6A(database);

        // Act
        var (exit, _, error) = await IndicatorsCommandTests.Run("risk", "evaluate", "--train-year", "2024", "--test-year", "2025", "--db", db);
        var (usage, _, asOfError) = await IndicatorsCommandTests.Run("risk", "evaluate", "--train-year", "2024", "--test-year", "2025", "--as-of", "30/06", "--db", db);

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains("El año 2024 no tiene cortes SIMAT cargados.", error, StringComparison.Ordinal);
        Assert.Equal(1, usage);
        Assert.Contains("--as-of espera MM-DD", asOfError, StringComparison.Ordinal);
    }
}
