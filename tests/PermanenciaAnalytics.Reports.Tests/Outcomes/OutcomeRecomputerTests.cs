using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Reports.Tests.Support;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Outcomes;

public class OutcomeRecomputerTests
{
    [Theory]
    [MemberData(nameof(MethodologyScenarios.Names), MemberType = typeof(MethodologyScenarios))]
    public void Recompute_DerivesHandComputedOutcomes_ForEachMethodologyScenario(string scenarioName)
    {
        // Arrange
        var scenario = MethodologyScenarios.All[scenarioName];
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, MethodologyScenarios.Year, scenario.Rows);
        DateOnly? until = scenario.Until is null ? null : DateOnly.Parse(scenario.Until, System.Globalization.CultureInfo.InvariantCulture);

        // Act
        OutcomeRecomputer.Recompute(database.Target, MethodologyScenarios.Year, until);

        // Assert
        var outcomes = OutcomeReader.Outcomes(database.Target, MethodologyScenarios.Year);
        Assert.Equal(scenario.Expected.OrderBy(kv => kv.Key), outcomes.OrderBy(kv => kv.Key));
        Assert.Equal(scenario.Transfers, OutcomeReader.Transfers(database.Target, MethodologyScenarios.Year));
    }

    [Fact]
    public void Recompute_ReplacesPreviousOutcomes_WhenRunTwice()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025, MethodologyScenarios.All["vanish"].Rows);
        OutcomeRecomputer.Recompute(database.Target, 2025);
        EnrollmentSeeder.Insert(database.Target, 2025, [new EnrollmentFixtureRow(MethodologyScenarios.C4, "S", "100", 6)]);

        // Act
        var result = OutcomeRecomputer.Recompute(database.Target, 2025);

        // Assert: S came back at the final cut, so the second run sees no dropout and no stale rows.
        Assert.Equal(2, result.Students);
        Assert.Equal(0, result.Dropouts);
        Assert.Equal(4, result.Cuts);
        Assert.Equal(new DateOnly(2025, 11, 30), result.FinalCut);
        Assert.False(OutcomeReader.Outcomes(database.Target, 2025)["S"].IsDropout);
    }

    [Fact]
    public void Recompute_LeavesOtherYearsUntouched_WhenRecomputingOneYear()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2024, [new EnrollmentFixtureRow("2024-11-30", "P", "100", 5)]);
        EnrollmentSeeder.Insert(database.Target, 2025, MethodologyScenarios.All["vanish"].Rows);
        OutcomeRecomputer.Recompute(database.Target, 2024);

        // Act
        OutcomeRecomputer.Recompute(database.Target, 2025);

        // Assert
        Assert.Single(OutcomeReader.Outcomes(database.Target, 2024));
        Assert.Equal(2, OutcomeReader.Outcomes(database.Target, 2025).Count);
    }

    [Fact]
    public void Recompute_AttributesFirstLoadedRow_WhenStorageOrderDiffersFromLoadOrder()
    {
        // Arrange: S has two MATRICULADO rows at the final cut. The row at institution 200 is inserted last (highest
        // rowid) but carries row_number 0, so in (load_id, row_number) order it is the first loaded one.
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025, [new EnrollmentFixtureRow(MethodologyScenarios.C4, "S", "100", 6)]);
        using (var connection = database.Target.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                INSERT INTO enrollment (load_id, row_number, cut_date, school_year, student_key, institution_dane, grade, status, is_enrolled)
                SELECT load_id, 0, cut_date, school_year, student_key, '200', 7, 'MATRICULADO', 1 FROM enrollment WHERE student_key = 'S'
                """;
            command.ExecuteNonQuery();
        }

        // Act
        OutcomeRecomputer.Recompute(database.Target, 2025);

        // Assert: attributed to the row_number 0 row; the duplicate rows count as one enrolled cut.
        var outcome = OutcomeReader.Outcomes(database.Target, 2025)["S"];
        Assert.Equal(new ExpectedOutcome("200", 7, true, 1, false, null), outcome);
    }
}
