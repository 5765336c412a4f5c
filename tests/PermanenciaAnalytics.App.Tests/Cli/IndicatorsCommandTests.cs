using Microsoft.Data.Sqlite;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Cli;

public class IndicatorsCommandTests
{
    /// <summary>Institution 154001000011: grade 6 has 32 students, 5 vanish; grade 10 has 2, 1 vanishes; one grade-7 student moves to 154001000022.</summary>
    internal static void Seed(TempSqliteDatabase database)
    {
        using var connection = (SqliteConnection)database.Target.Open();
        using var transaction = connection.BeginTransaction();
        var row = 0;
        void Ledger(long id, string cut)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO load_ledger (load_id, file_name, sha256, kind, cut_date, school_year, status, started_at) VALUES ($id, $f, $f, 'simat', $cut, 2025, 'loaded', $cut)";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$f", "simat_" + cut + ".csv");
            command.Parameters.AddWithValue("$cut", cut);
            command.ExecuteNonQuery();
        }

        void Enrol(long load, string cut, string student, string institution, int grade)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO enrollment (load_id, row_number, cut_date, school_year, student_key, institution_dane, sede_dane, grade, status, is_enrolled)
                VALUES ($load, $row, $cut, 2025, $student, $inst, $inst || '01', $grade, 'MATRICULADO', 1)
                """;
            command.Parameters.AddWithValue("$load", load);
            command.Parameters.AddWithValue("$row", ++row);
            command.Parameters.AddWithValue("$cut", cut);
            command.Parameters.AddWithValue("$student", student);
            command.Parameters.AddWithValue("$inst", institution);
            command.Parameters.AddWithValue("$grade", grade);
            command.ExecuteNonQuery();
        }

        Ledger(1, "2025-03-31");
        Ledger(2, "2025-10-31");
        for (var i = 0; i < 32; i++)
        {
            Enrol(1, "2025-03-31", $"G6-{i}", "154001000011", 6);
            if (i >= 5)
            {
                Enrol(2, "2025-10-31", $"G6-{i}", "154001000011", 6);
            }
        }

        Enrol(1, "2025-03-31", "G10-a", "154001000011", 10);
        Enrol(1, "2025-03-31", "G10-b", "154001000011", 10);
        Enrol(2, "2025-10-31", "G10-b", "154001000011", 10);
        Enrol(1, "2025-03-31", "T", "154001000011", 7);
        Enrol(2, "2025-10-31", "T", "154001000022", 7);
        transaction.Commit();
    }

    internal static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Indicators_ExplainsInSpanish_WhenYearIsNotANumberOrHelpIsAsked()
    {
        // Arrange
        using var database = new TempSqliteDatabase();

        // Act
        var (exit, _, error) = await Run("indicators", "--year", "abc", "--by", "institution", "--db", database.ConnectionString);
        var (_, help, _) = await Run("indicators", "--help");

        // Assert: no CLR type name, no English usage words.
        Assert.Equal(1, exit);
        Assert.Contains("El valor 'abc' de --year no es un número entero", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Int32", error, StringComparison.Ordinal);
        Assert.Contains("Uso:", help, StringComparison.Ordinal);
        Assert.Contains("Opciones:", help, StringComparison.Ordinal);
        Assert.Contains("Muestra la ayuda y el uso.", help, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", help, StringComparison.Ordinal);
        Assert.DoesNotContain("Show help", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicators_PrintsTheNumbersAndSaysItRecomputed_WhenRunRightAfterALoad()
    {
        // Arrange: two real-layout Anexo 6A cuts loaded, no recompute.
        using var database = new TempSqliteDatabase();
        var db = database.ConnectionString;
        var rejects = Path.Combine(database.Folder, "rejects");
        Assert.Equal(0, (await Run("load", "simat", TestData.PathOf("anexo6a/anexo6a_2025-03-31.csv"),
            TestData.PathOf("anexo6a/anexo6a_2025-10-31.csv"), "--format", "json", "--rejects-dir", rejects, "--db", db)).Exit);

        // Act
        var (exit, output, error) = await Run("indicators", "--year", "2025", "--by", "institution", "--format", "csv", "--db", db);
        var (_, again, secondError) = await Run("indicators", "--year", "2025", "--by", "institution", "--format", "csv", "--db", db);

        // Assert: 11 enrolled in the universe, 2 left (6° and 8°); the recompute is announced once, on stderr.
        Assert.Equal(0, exit);
        Assert.Equal(
            ["year,institution_dane,enrolled,dropouts,transfers_out,dropout_rate", "2025,154001000101,11,2,0,18.18"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("se recalcularon", error, StringComparison.Ordinal);
        Assert.Equal(output, again);
        Assert.DoesNotContain("se recalcularon", secondError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicators_PrintsDesignCsvContract_ByInstitutionAndGrade()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        Seed(database);
        var db = database.ConnectionString;
        Assert.Equal(0, (await Run("recompute", "--year", "2025", "--db", db)).Exit);

        // Act
        var (exit, output, _) = await Run("--db", db, "indicators", "--year", "2025", "--by", "institution,grade", "--format", "csv");

        // Assert
        Assert.Equal(0, exit);
        Assert.Equal(
            [
                "year,institution_dane,grade,enrolled,dropouts,transfers_out,dropout_rate",
                "2025,154001000011,6,32,5,0,15.63",
                "2025,154001000011,7,0,0,1,",
                "2025,154001000011,10,2,1,0,50.00",
                "2025,154001000022,7,1,0,0,0.00",
            ],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Indicators_PrintsDesignCsvContract_ByInstitution()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        Seed(database);
        await Run("recompute", "--year", "2025", "--db", database.ConnectionString);

        // Act
        var (exit, output, _) = await Run("indicators", "--year", "2025", "--by", "institution", "--format", "csv", "--db", database.ConnectionString);

        // Assert: 6 of 34 = 17.647… → 17.65.
        Assert.Equal(0, exit);
        Assert.Equal(
            [
                "year,institution_dane,enrolled,dropouts,transfers_out,dropout_rate",
                "2025,154001000011,34,6,1,17.65",
                "2025,154001000022,1,0,0,0.00",
            ],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Indicators_PrintsTheMunicipalMonthSeries_ByMunicipalityAndMonth()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        Seed(database);
        await Run("recompute", "--year", "2025", "--db", database.ConnectionString);

        // Act
        var (exit, output, _) = await Run("indicators", "--year", "2025", "--by", "municipality,month", "--format", "csv", "--db", database.ConnectionString);

        // Assert: 34 + 1 = 35 attributed students; the 6 dropouts and T's transfer fall in October (month of the cut after
        // their last enrolled cut), so months 1–9 are 0 and months 10–12 are 6 of 35 = 17.142… → 17.14.
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(0, exit);
        Assert.Equal("year,month,enrolled,dropouts,transfers_out,dropout_rate", lines[0]);
        Assert.Equal(
            Enumerable.Range(1, 12).Select(m => m < 10 ? $"2025,{m},35,0,0,0.00" : $"2025,{m},35,6,1,17.14"),
            lines.Skip(1));
    }

    [Fact]
    public async Task Indicators_BlanksSmallCells_WhenSuppressing()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        Seed(database);
        await Run("recompute", "--year", "2025", "--db", database.ConnectionString);

        // Act
        var (_, output, _) = await Run("indicators", "--year", "2025", "--by", "institution,grade", "--format", "csv", "--suppress", "--db", database.ConnectionString);

        // Assert: grade 10 (2 enrolled), 154001000011/7 (0 enrolled, 1 transfer) and 154001000022/7 (1) are small.
        // Grade 6 is reserved too: the secundaria row (printed by --by level) minus grade 6 would leave the two
        // reserved grade-7 rows with 0 dropouts between them, so both would be known to have 0. Keys are kept, counts blanked.
        Assert.Equal(
            [
                "year,institution_dane,grade,enrolled,dropouts,transfers_out,dropout_rate",
                "2025,154001000011,6,,,,",
                "2025,154001000011,7,,,,",
                "2025,154001000011,10,,,,",
                "2025,154001000022,7,,,,",
            ],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Indicators_UsesSpanishHeadersAndColombianNumbers_ForTable()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        Seed(database);
        await Run("recompute", "--year", "2025", "--db", database.ConnectionString);

        // Act
        var (exit, output, _) = await Run("indicators", "--year", "2025", "--by", "institution,grade", "--db", database.ConnectionString);

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains("Tasa de deserción (%)", output, StringComparison.Ordinal);
        Assert.Contains("15,63", output, StringComparison.Ordinal);
        Assert.Contains("6°", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicators_ReturnsUsageError_ForUnknownDimension()
    {
        // Arrange
        using var database = new TempSqliteDatabase();

        // Act
        var (exit, _, error) = await Run("indicators", "--year", "2025", "--by", "galaxy", "--db", database.ConnectionString);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains("galaxy", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicators_AddsSplitColumnAfterKeys_WhenSplitGiven()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        Seed(database);
        await Run("recompute", "--year", "2025", "--db", database.ConnectionString);

        // Act
        var (exit, output, _) = await Run("indicators", "--year", "2025", "--by", "municipality", "--split", "sex", "--format", "csv", "--db", database.ConnectionString);

        // Assert: the seed has no sex column, so every student is "sin dato": 35 enrolled, 6 dropouts, 1 transfer.
        Assert.Equal(0, exit);
        Assert.Equal(
            ["year,sex,enrolled,dropouts,transfers_out,dropout_rate", "2025,sin dato,35,6,1,17.14"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Recompute_ReturnsUsageError_WhenYearHasNoCuts()
    {
        // Arrange
        using var database = new TempSqliteDatabase();

        // Act
        var (exit, _, error) = await Run("recompute", "--year", "2030", "--db", database.ConnectionString);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains("2030", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quality_PrintsCountsOnly_AsCsv()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        Seed(database);

        // Act
        var (exit, output, _) = await Run("quality", "--year", "2025", "--format", "csv", "--db", database.ConnectionString);

        // Assert: 154001000022 has no row at the first cut; 154001000011 falls from 35 to 28 (−20 %).
        Assert.Equal(0, exit);
        Assert.Equal(
            [
                "check,cut_date,institution_dane,students,previous_students",
                "enrollment_drop,2025-10-31,154001000011,28,35",
                "institution_missing,2025-03-31,154001000022,0,",
            ],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
