using Dapper;
using PermanenciaAnalytics.Reports.Publishing;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Publishing;

public sealed class PublicationMonthTests
{
    [Theory]
    [InlineData("2025-11-30", 11, null)]
    [InlineData("2025-11-30", 6, "recalcule primero con 'permanencia recompute --year 2025 --until 2025-06-30'")]
    [InlineData("2025-11-30", 12, "todavía no hay datos de diciembre")]
    [InlineData("2025-06-30", 6, null)]
    [InlineData("2026-01-16", 12, null)]
    [InlineData("2026-01-16", 11, "--until 2025-11-30")]
    [InlineData(null, 11, "No hay datos de 2025")]
    public void Refusal_AllowsOnlyTheMonthTheOutcomesStandAt(string? finalCut, int month, string? expected)
    {
        // Arrange: the outcomes of the last recompute describe the year up to finalCut.
        using var database = new TempSqliteDatabase();
        if (finalCut is not null)
        {
            using var connection = database.Target.Open();
            connection.Execute(
                "INSERT INTO outcome_recompute (school_year, final_cut, until_cut, cuts, students, computed_at) VALUES (2025, @finalCut, NULL, 10, 100, '2026-01-20')",
                new { finalCut });
        }

        // Act
        var refusal = PublicationMonth.Refusal(database.Target, 2025, month);

        // Assert
        if (expected is null)
        {
            Assert.Null(refusal);
        }
        else
        {
            Assert.NotNull(refusal);
            Assert.Contains(expected, refusal, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Latest_IsNull_WhenNothingIsLoaded()
    {
        // Arrange
        using var database = new TempSqliteDatabase();

        // Act
        var latest = PublicationMonth.Latest(database.Target);

        // Assert
        Assert.Null(latest);
    }
}
