using Dapper;
using PermanenciaAnalytics.Reports.Quality;
using PermanenciaAnalytics.Reports.Tests.Support;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Quality;

/// <summary>The quality report kept in the database: read back while no file is loaded, computed again after a load.</summary>
public class QualitySnapshotTests
{
    private const string C1 = "2025-03-31";
    private const string C2 = "2025-06-30";

    [Fact]
    public void Run_AnswersFromTheKeptReport_WhenNoFileWasLoadedSince()
    {
        // Arrange: one report computed and kept; then the kept counts are altered behind its back.
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025, TwoCuts());
        var first = QualityReport.Run(database.Target, 2025);
        using (var connection = database.Target.Open())
        {
            connection.Execute("UPDATE quality_snapshot_finding SET students = students + 1000");
        }

        // Act
        var second = QualityReport.Run(database.Target, 2025);

        // Assert: the second answer is the kept one, not a new scan of the enrolment rows.
        Assert.NotEmpty(first);
        Assert.Equal(first.Select(f => f with { Students = f.Students + 1000 }), second);
    }

    [Fact]
    public void Run_KeepsEveryFieldOfEveryFinding_InTheChecksOrder()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025, TwoCuts());
        var computed = QualityReport.Compute(database.Target, 2025);

        // Act: the first run keeps the report, the second reads it back.
        QualityReport.Run(database.Target, 2025);
        var kept = QualityReport.Run(database.Target, 2025);

        // Assert: cuts, institutions, nulls and previous counts survive the round trip.
        Assert.Equal(computed, kept);
        Assert.Contains(kept, f => f is { Check: QualityReport.EnrollmentDrops, InstitutionDane: "100", Students: 8, Previous: 10 });
        Assert.Contains(kept, f => f is { Check: QualityReport.MissingInstitutions, InstitutionDane: "200", Previous: null });
    }

    [Fact]
    public void Run_ComputesAgain_WhenAFileWasLoadedAfterTheKeptReport()
    {
        // Arrange: a report kept with the first cut only (no finding: nothing to compare yet).
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025, TwoCuts().Where(r => r.Cut == C1).ToList());
        var before = QualityReport.Run(database.Target, 2025);

        // Act: the second cut arrives with its own load.
        EnrollmentSeeder.Insert(database.Target, 2025, TwoCuts().Where(r => r.Cut == C2).ToList());
        var after = QualityReport.Run(database.Target, 2025);

        // Assert
        Assert.Empty(before);
        Assert.Equal(QualityReport.Compute(database.Target, 2025), after);
        Assert.Contains(after, f => f is { Check: QualityReport.MissingInstitutions, InstitutionDane: "200" });
    }

    // C1: institution 100 has 10 students, 200 has 1. C2: 100 keeps 8 (−20 %), 200 is missing.
    private static List<EnrollmentFixtureRow> TwoCuts()
    {
        var rows = Enumerable.Range(0, 10).Select(i => new EnrollmentFixtureRow(C1, $"S{i}", "100", 3)).ToList();
        rows.Add(new(C1, "W", "200", 4));
        rows.AddRange(Enumerable.Range(0, 8).Select(i => new EnrollmentFixtureRow(C2, $"S{i}", "100", 3)));
        return rows;
    }
}
