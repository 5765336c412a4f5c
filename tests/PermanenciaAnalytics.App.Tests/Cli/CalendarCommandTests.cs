using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Cli;

public class CalendarCommandTests
{
    [Fact]
    public async Task CalendarSet_StoresTheYearsMonths_WhenTheDatesAreValid()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var db = database.ConnectionString;

        // Act
        var (setExit, _, _) = await IndicatorsCommandTests.Run("calendar", "set", "--year", "2026", "--start", "2026-01-19", "--end", "2026-11-27", "--db", db);
        var (_, shown, _) = await IndicatorsCommandTests.Run("calendar", "--year", "2026", "--db", db);
        var (_, untouched, _) = await IndicatorsCommandTests.Run("calendar", "--year", "2025", "--db", db);

        // Assert: 2026 runs January–November (11 months); 2025 keeps calendar A.
        Assert.Equal(0, setExit);
        Assert.Contains("clases del 19 de enero al 27 de noviembre; meses escolares enero a noviembre (11 meses).", shown, StringComparison.Ordinal);
        Assert.Contains("meses escolares febrero a noviembre (10 meses) — calendario A por defecto", untouched, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarSet_RefusesWithUsageError_WhenTheEndIsBeforeTheStart()
    {
        // Arrange
        using var database = new TempSqliteDatabase();

        // Act
        var (exit, _, error) = await IndicatorsCommandTests.Run("calendar", "set", "--year", "2026", "--start", "2026-11-27", "--end", "2026-01-19", "--db", database.ConnectionString);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains("debe ser posterior al inicio", error, StringComparison.Ordinal);
    }
}
