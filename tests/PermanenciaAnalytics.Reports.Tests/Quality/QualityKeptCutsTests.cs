using Dapper;
using PermanenciaAnalytics.Reports.Quality;
using PermanenciaAnalytics.Reports.Tests.Support;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Quality;

/// <summary>
/// The quality checks kept per cut (migration 0480): read back while a cut's loads are unchanged, computed again for
/// the cuts a load changed, and for grade jumps also the cuts after them.
/// </summary>
public class QualityKeptCutsTests
{
    private const string C1 = "2025-03-31";
    private const string C2 = "2025-06-30";
    private const string C3 = "2025-09-30";

    [Fact]
    public void Run_AnswersFromTheKeptCuts_WhenNoFileWasLoadedSince()
    {
        // Arrange: the report is computed and kept; then a kept count is altered behind its back.
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025, TwoCuts());
        var first = QualityReport.Run(database.Target, 2025);
        Tamper(database, C1, duplicates: 7);

        // Act
        var second = QualityReport.Run(database.Target, 2025);

        // Assert: the second answer carries the altered count, so it was read back, not computed.
        Assert.DoesNotContain(first, f => f.Check == QualityReport.Duplicates);
        Assert.Equal([new QualityFinding(QualityReport.Duplicates, new DateOnly(2025, 3, 31), null, 7, null)],
            second.Where(f => f.Check == QualityReport.Duplicates));
        Assert.Equal(first, second.Where(f => f.Check != QualityReport.Duplicates));
    }

    [Fact]
    public void Run_KeepsEveryFieldOfEveryFinding_InTheChecksOrder()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025, TwoCuts());
        var computed = QualityReport.Compute(database.Target, 2025);

        // Act: the first run keeps the cuts, the second reads them back.
        QualityReport.Run(database.Target, 2025);
        var kept = QualityReport.Run(database.Target, 2025);

        // Assert: cuts, institutions, nulls and previous counts survive the round trip.
        Assert.Equal(computed, kept);
        Assert.Contains(kept, f => f is { Check: QualityReport.EnrollmentDrops, InstitutionDane: "100", Students: 8, Previous: 10 });
        Assert.Contains(kept, f => f is { Check: QualityReport.MissingInstitutions, InstitutionDane: "200", Previous: null });
    }

    [Fact]
    public void Run_ComputesOnlyTheNewCut_WhenALaterCutIsLoaded()
    {
        // Arrange: C1 is kept (nothing to compare yet), and its kept count is then altered.
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025, TwoCuts().Where(r => r.Cut == C1).ToList());
        var before = QualityReport.Run(database.Target, 2025);
        Tamper(database, C1, duplicates: 7);

        // Act: the second cut arrives with its own load.
        EnrollmentSeeder.Insert(database.Target, 2025, TwoCuts().Where(r => r.Cut == C2).ToList());
        var after = QualityReport.Run(database.Target, 2025);

        // Assert: C2 was computed (the drop of 100 and the absence of 200 need C1's kept counts), C1 was not (its
        // altered count is still there).
        Assert.Empty(before);
        Assert.Contains(after, f => f is { Check: QualityReport.EnrollmentDrops, InstitutionDane: "100", Students: 8, Previous: 10 });
        Assert.Contains(after, f => f is { Check: QualityReport.MissingInstitutions, InstitutionDane: "200" });
        Assert.Contains(after, f => f is { Check: QualityReport.Duplicates, Students: 7 });
    }

    [Fact]
    public void Run_RecomputesTheGradeJumpsOfLaterCuts_WhenAnEarlierCutIsLoadedAfterThem()
    {
        // Arrange: J is in grade 3 at C1 and 4 at C3 (one grade: no jump); the report is kept.
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025, [new(C1, "J", "100", 3), new(C3, "J", "100", 4)]);
        var before = QualityReport.Run(database.Target, 2025);

        // Act: C2 arrives late with J in grade 6: 3 → 6 at C2 and 6 → 4 at C3 are both jumps of more than one grade.
        EnrollmentSeeder.Insert(database.Target, 2025, [new(C2, "J", "100", 6)]);
        var after = QualityReport.Run(database.Target, 2025);

        // Assert: C3's loads did not change, yet its jump count did.
        Assert.DoesNotContain(before, f => f.Check == QualityReport.GradeJumps);
        Assert.Equal(
            [new QualityFinding(QualityReport.GradeJumps, new DateOnly(2025, 6, 30), null, 1, null),
             new QualityFinding(QualityReport.GradeJumps, new DateOnly(2025, 9, 30), null, 1, null)],
            after.Where(f => f.Check == QualityReport.GradeJumps));
        Assert.Equal(QualityReport.Compute(database.Target, 2025), after);
    }

    [Fact]
    public void Run_ForgetsACut_WhenItsFileIsNoLongerLoaded()
    {
        // Arrange: both cuts kept; then C2's rows go and its file is marked replaced, as a correction would leave it.
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025, TwoCuts());
        QualityReport.Run(database.Target, 2025);
        using (var connection = database.Target.Open())
        {
            connection.Execute("DELETE FROM enrollment WHERE cut_date = @C2", new { C2 });
            connection.Execute("UPDATE load_ledger SET status = 'replaced' WHERE cut_date = @C2", new { C2 });
        }

        // Act
        var after = QualityReport.Run(database.Target, 2025);

        // Assert: C1 alone has nothing to compare with, and nothing of C2 is kept.
        Assert.Empty(after);
        using var check = database.Target.Open();
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT COUNT(*) FROM quality_cut WHERE cut_date = @C2", new { C2 }));
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT COUNT(*) FROM quality_cut_institution WHERE cut_date = @C2", new { C2 }));
    }

    private static void Tamper(TempSqliteDatabase database, string cut, long duplicates)
    {
        using var connection = database.Target.Open();
        Assert.Equal(1, connection.Execute("UPDATE quality_cut SET duplicate_students = @duplicates WHERE cut_date = @cut", new { duplicates, cut }));
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
