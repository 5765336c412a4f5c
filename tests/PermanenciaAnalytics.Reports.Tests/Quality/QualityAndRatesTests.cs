using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Reports.Quality;
using PermanenciaAnalytics.Reports.Rates;
using PermanenciaAnalytics.Reports.Tests.Support;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Quality;

public class QualityAndRatesTests
{
    private const string C1 = "2025-03-31";
    private const string C2 = "2025-06-30";

    [Fact]
    public void Run_CountsEachDataQualityFinding_WithoutStudentIdentifiers()
    {
        // Arrange: C1: institution 100 has 10 students, 200 has 1. C2: 100 keeps 8 (−20 %), 200 is missing;
        // D has a duplicate row at C2; M is enrolled at 100 and 300 at C2; J jumps from grade 3 to 6.
        using var database = new TempSqliteDatabase();
        var rows = new List<EnrollmentFixtureRow>();
        for (var i = 0; i < 10; i++)
        {
            rows.Add(new(C1, $"S{i}", "100", 3));
        }

        rows.Add(new(C1, "W", "200", 4));
        for (var i = 0; i < 7; i++)
        {
            rows.Add(new(C2, $"S{i}", "100", i == 0 ? 6 : 3));
        }

        rows.Add(new(C2, "S1", "100", 3));
        rows.Add(new(C2, "M", "100", 3));
        rows.Add(new(C2, "M", "300", 3));
        EnrollmentSeeder.Insert(database.Target, 2025, rows);

        // Act
        var findings = QualityReport.Run(database.Target, 2025);

        // Assert
        var c2 = new DateOnly(2025, 6, 30);
        // Recomputed by hand for the loader's duplicate rule (same student, institution and enrolled state at one cut):
        // S1 has two MATRICULADO rows at 100 → 1 student. M (MATRICULADO at 100 and at 300) was counted here before; it is
        // the two_institutions finding below, not a duplicate.
        Assert.Contains(new QualityFinding(QualityReport.Duplicates, c2, null, 1, null), findings);
        Assert.Contains(new QualityFinding(QualityReport.TwoInstitutions, c2, null, 1, null), findings);
        Assert.Contains(new QualityFinding(QualityReport.GradeJumps, c2, null, 1, null), findings);
        Assert.Contains(new QualityFinding(QualityReport.EnrollmentDrops, c2, "100", 8, 10), findings);
        Assert.Contains(new QualityFinding(QualityReport.MissingInstitutions, c2, "200", 0, null), findings);
        Assert.Contains(new QualityFinding(QualityReport.MissingInstitutions, new DateOnly(2025, 3, 31), "300", 0, null), findings);
        Assert.Equal(6, findings.Count);
    }

    [Theory]
    // rows of student T at cut C2 as institution:status; expected students reported as duplicates at C2
    [InlineData("100:RETIRADO 200:MATRICULADO", 0)] // transfer inside the cut: two legitimate rows
    [InlineData("100:MATRICULADO 100:RETIRADO", 0)] // withdrawn and re-enrolled at one school: different states
    [InlineData("100:MATRICULADO 100:MATRICULADO", 1)] // the same placement twice
    [InlineData("100:RETIRADO 100:RETIRADO", 1)] // the same withdrawal twice
    [InlineData("100:MATRICULADO 200:MATRICULADO", 0)] // enrolled at two schools: two_institutions, not a duplicate
    [InlineData("100:MATRICULADO 100:MATRICULADO 200:RETIRADO 200:RETIRADO", 1)] // one student, counted once
    public void Run_CountsDuplicatesLikeTheLoader_WhenAStudentHasSeveralRowsAtACut(string placements, int expected)
    {
        // Arrange: K is a plain student at both cuts so every cut and institution exists; T has the rows under test at C2.
        using var database = new TempSqliteDatabase();
        var rows = new List<EnrollmentFixtureRow> { new(C1, "K", "100", 5), new(C2, "K", "100", 5), new(C1, "T", "100", 5) };
        rows.AddRange(placements.Split(' ').Select(p => p.Split(':')).Select(p => new EnrollmentFixtureRow(C2, "T", p[0], 5, p[1])));
        EnrollmentSeeder.Insert(database.Target, 2025, rows);

        // Act
        var duplicates = QualityReport.Run(database.Target, 2025).Where(f => f.Check == QualityReport.Duplicates).ToList();

        // Assert
        Assert.Equal(expected, duplicates.Sum(f => f.Students));
        Assert.All(duplicates, f => Assert.Equal(new DateOnly(2025, 6, 30), f.Cut));
    }

    [Fact]
    public void Query_ComputesExtraEdadAndRepitencia_PerInstitutionAndGrade()
    {
        // Arrange: grade 5, reference 30 June 2025: extra-edad from age 13 (born ≤ 2012-06-30).
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025,
        [
            new(C1, "A", "100", 5) { BirthDate = "2012-06-30", Repitente = "S" },
            new(C1, "B", "100", 5) { BirthDate = "2012-07-01", Repitente = "N" },
            new(C1, "C", "100", 5) { Repitente = "SI" },
        ]);
        OutcomeRecomputer.Recompute(database.Target, 2025);

        // Act
        var extraEdad = Assert.Single(StudentRateQuery.Query(database.Target, 2025, StudentRateMeasure.ExtraEdad));
        var later = Assert.Single(StudentRateQuery.Query(database.Target, 2025, StudentRateMeasure.ExtraEdad, new DateOnly(2025, 7, 1)));
        var repitencia = Assert.Single(StudentRateQuery.Query(database.Target, 2025, StudentRateMeasure.Repitencia));

        // Assert
        Assert.Equal((3L, 1L, 1L, 33.33m), (extraEdad.Enrolled, extraEdad.Flagged, extraEdad.Missing, extraEdad.Rate!.Value));
        Assert.Equal(2L, later.Flagged);
        Assert.Equal((2L, 0L, 66.67m), (repitencia.Flagged, repitencia.Missing, repitencia.Rate!.Value));
    }
}
