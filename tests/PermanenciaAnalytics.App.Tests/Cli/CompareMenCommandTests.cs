using Dapper;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Cli;

public class CompareMenCommandTests
{
    private static readonly string Municipal = TestData.PathOf(Path.Combine("men", "men_municipio_54001.csv"));

    /// <summary>The real fixture (Cúcuta 2011–2023) plus a 2025 Cúcuta row, a year the seed holds (test-only figures).</summary>
    private static string WithYear2025(string folder)
    {
        var lines = File.ReadAllLines(Municipal);
        var row2023 = lines.Single(l => l.StartsWith("2023,54001,", StringComparison.Ordinal));
        var path = Path.Combine(folder, "men_2025.csv");
        File.WriteAllLines(path, [.. lines, "2025" + row2023[4..]]);
        return path;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public async Task CompareMen_PrintsTheEnginesRateBesideMens_ForAYearWeHold()
    {
        // Arrange: institutions 154001000011 and …022 (municipality 54001) in 2025, loaded but not recomputed.
        using var database = new TempSqliteDatabase();
        IndicatorsCommandTests.Seed(database);
        var db = database.ConnectionString;
        var file = WithYear2025(database.Folder);

        // Act: no --municipality, so it is taken from the institutions' DANE codes.
        var (exit, output, error) = await IndicatorsCommandTests.Run("compare", "men", "--file", file, "--format", "csv", "--db", db);
        var (_, municipal, _) = await IndicatorsCommandTests.Run("indicators", "--year", "2025", "--by", "municipality", "--format", "csv", "--db", db);
        var (_, levels, _) = await IndicatorsCommandTests.Run("indicators", "--year", "2025", "--by", "level", "--format", "csv", "--db", db);

        // Assert: the engine says 6 of 35 = 17.14 (municipality), secundaria 5 of 33 = 15.15, media 1 of 2 = 50.00.
        Assert.Equal(0, exit);
        Assert.Contains("se recalcularon", error, StringComparison.Ordinal);
        var lines = Lines(output);
        Assert.Equal("year,level,men_rate,our_rate,difference,measure", lines[0]);
        Assert.Equal(1 + (14 * 5), lines.Length);
        Assert.Equal("2011,total,7.91,,,", lines[1]);
        Assert.Equal("2023,media,3.10,,,", lines[65]);
        Assert.Equal(
            [
                "2025,total,4.61,17.14,12.53,simat_intra_anual",
                "2025,transicion,6.12,,,",
                "2025,primaria,4.20,,,",
                "2025,secundaria,5.36,15.15,9.79,simat_intra_anual",
                "2025,media,3.10,50.00,46.90,simat_intra_anual",
            ],
            lines[^5..]);
        Assert.EndsWith(",17.14", Lines(municipal)[1], StringComparison.Ordinal);
        Assert.Contains("2025,secundaria,33,5,1,15.15", Lines(levels));
        Assert.Contains("2025,media,2,1,0,50.00", Lines(levels));
    }

    [Fact]
    public async Task CompareMen_StoresTheMunicipalitysPublishedRates_ForTheDashboard()
    {
        // Arrange
        using var database = new TempSqliteDatabase();

        // Act
        var (exit, _, _) = await IndicatorsCommandTests.Run("compare", "men", "--file", Municipal, "--municipality", "54001", "--format", "csv", "--db", database.ConnectionString);

        // Assert: 13 years × 5 levels of Cúcuta, nothing of the other municipalities.
        Assert.Equal(0, exit);
        using var connection = database.Target.Open();
        Assert.Equal(65L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM men_published_rate WHERE territory_code = '54001'"));
        Assert.Equal(65L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM men_published_rate"));
        Assert.Equal("3.23", connection.ExecuteScalar<string>("SELECT rate FROM men_published_rate WHERE school_year = 2021 AND level = 'total'"));
    }

    [Fact]
    public async Task CompareMen_RefusesWithExit2AndOneSentence_WhenTheFileHasABadRate()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var bad = TestData.PathOf(Path.Combine("men", "men_municipio_bad_rate.csv"));

        // Act
        var (exit, output, error) = await IndicatorsCommandTests.Run("compare", "men", "--file", bad, "--municipality", "54001", "--format", "csv", "--db", database.ConnectionString);

        // Assert: nothing printed, nothing stored.
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal(
            ["El archivo 'men_municipio_bad_rate.csv' del MEN fue rechazado: la línea 5: la DESERCIÓN_PRIMARIA 'n/d' no es un porcentaje entre 0 y 100; no se guardó nada."],
            Lines(error));
        using var connection = database.Target.Open();
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM men_published_rate"));
    }

    [Fact]
    public async Task CompareMen_AsksForTheMunicipality_WhenNoInstitutionIsLoaded()
    {
        // Arrange
        using var database = new TempSqliteDatabase();

        // Act
        var (exit, _, error) = await IndicatorsCommandTests.Run("compare", "men", "--file", Municipal, "--db", database.ConnectionString);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains("indique --municipality", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompareMen_PrintsASpanishTableWithCommaDecimals_ByDefault()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        IndicatorsCommandTests.Seed(database);
        var file = WithYear2025(database.Folder);

        // Act
        var (exit, output, _) = await IndicatorsCommandTests.Run("compare", "men", "--file", file, "--db", database.ConnectionString);

        // Assert
        Assert.Equal(0, exit);
        var lines = Lines(output);
        Assert.StartsWith("Año  Nivel", lines[0], StringComparison.Ordinal);
        Assert.Contains("Tasa MEN (%)", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^2025\s+Total\s+4,61\s+17,14\s+12,53\s+35\s+6\s+SIMAT intra-anual", lines[^5]);
    }
}
