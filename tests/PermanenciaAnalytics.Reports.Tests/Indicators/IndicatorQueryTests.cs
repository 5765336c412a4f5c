using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Reports.Tests.Support;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Indicators;

public class IndicatorQueryTests
{
    private const string C1 = "2025-03-31";
    private const string C2 = "2025-06-30";
    private const string C3 = "2025-09-30";

    /// <summary>Institution 100 grade 6: 32 students, 5 vanish after C1 → 15.625 % → 15.63.</summary>
    private static List<EnrollmentFixtureRow> ThirtyTwoWithFiveDropouts()
    {
        var rows = new List<EnrollmentFixtureRow>();
        for (var i = 0; i < 32; i++)
        {
            var student = $"S{i:D2}";
            rows.Add(new EnrollmentFixtureRow(C1, student, "100", 6) { Sex = i % 2 == 0 ? "F" : "M" });
            if (i >= 5)
            {
                rows.Add(new EnrollmentFixtureRow(C2, student, "100", 6) { Sex = i % 2 == 0 ? "F" : "M" });
            }
        }

        return rows;
    }

    [Fact]
    public void Query_RoundsHalfAwayFromZero_WhenFiveOfThirtyTwoDrop()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025, ThirtyTwoWithFiveDropouts());
        OutcomeRecomputer.Recompute(database.Target, 2025);

        // Act
        var row = Assert.Single(new IndicatorEngine(database.Target).Query(new IndicatorRequest(2025, IndicatorDimension.InstitutionGrade)));

        // Assert
        Assert.Equal((32L, 5L, 0L), (row.Enrolled, row.Dropouts, row.TransfersOut));
        Assert.Equal(15.63m, row.DropoutRate);
    }

    [Fact]
    public void Query_SumsCountsBeforeDividing_ForInstitutionAndMunicipality()
    {
        // Arrange: 100/g6 1 of 3 dropped; 100/g7 0 of 1; 200/g6 1 of 4. Institution 100: 1/4 = 25.00 (not mean of 33.33 and 0).
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025,
        [
            new(C1, "A", "100", 6), new(C2, "A", "100", 6), new(C1, "B", "100", 6), new(C2, "B", "100", 6), new(C1, "C", "100", 6),
            new(C1, "D", "100", 7), new(C2, "D", "100", 7),
            new(C1, "E", "200", 6), new(C2, "E", "200", 6), new(C1, "F", "200", 6), new(C2, "F", "200", 6),
            new(C1, "G", "200", 6), new(C2, "G", "200", 6), new(C1, "H", "200", 6),
        ]);
        OutcomeRecomputer.Recompute(database.Target, 2025);

        // Act
        var byInstitution = new IndicatorEngine(database.Target).Query(new IndicatorRequest(2025, IndicatorDimension.Institution));
        var municipal = Assert.Single(new IndicatorEngine(database.Target).Query(new IndicatorRequest(2025, IndicatorDimension.Municipality)));

        // Assert
        Assert.Equal(["100", "200"], byInstitution.Select(r => r.InstitutionDane));
        Assert.Equal(25.00m, byInstitution[0].DropoutRate);
        Assert.Equal(25.00m, byInstitution[1].DropoutRate);
        Assert.Equal((8L, 2L, 25.00m), (municipal.Enrolled, municipal.Dropouts, municipal.DropoutRate!.Value));
    }

    [Fact]
    public void Query_KeepsGradeWithTransfersButNoEnrolment_ForInstitutionFilter()
    {
        // Arrange: 100 has grade 6 (stays) and a grade-9 student who moves to 200.
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025,
        [
            new(C1, "A", "100", 6), new(C2, "A", "100", 6),
            new(C1, "T", "100", 9), new(C2, "T", "200", 9),
        ]);
        OutcomeRecomputer.Recompute(database.Target, 2025);

        // Act
        var rows = new IndicatorEngine(database.Target).Query(new IndicatorRequest(2025, IndicatorDimension.InstitutionGrade, InstitutionDane: "100"));

        // Assert: grade 9 shows its transfer with enrolled 0 and no rate; institution 200 is filtered out.
        Assert.Equal(2, rows.Count);
        Assert.Equal((6, 1L, 0L), (rows[0].Grade!.Value, rows[0].Enrolled, rows[0].TransfersOut));
        Assert.Equal((9, 0L, 1L), (rows[1].Grade!.Value, rows[1].Enrolled, rows[1].TransfersOut));
        Assert.Null(rows[1].DropoutRate);
    }

    [Fact]
    public void Query_CountsCumulativeDropoutsByMonth_ForMonthDimension()
    {
        // Arrange: X retires with FECHAFIN in April, Y vanishes after C2 (month of C3 = September).
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025,
        [
            new(C1, "K", "100", 6), new(C2, "K", "100", 6), new(C3, "K", "100", 6),
            new(C1, "X", "100", 6), new(C2, "X", "100", 6, "RETIRADO", "2025-04-20"),
            new(C1, "Y", "100", 6), new(C2, "Y", "100", 6),
        ]);
        OutcomeRecomputer.Recompute(database.Target, 2025);

        // Act
        var rows = new IndicatorEngine(database.Target).Query(new IndicatorRequest(2025, IndicatorDimension.Month));

        // Assert
        Assert.Equal(12, rows.Count);
        Assert.Equal([0L, 0L, 0L, 1L, 1L, 1L, 1L, 1L, 2L, 2L, 2L, 2L], rows.Select(r => r.Dropouts));
        Assert.All(rows, r => Assert.Equal(3L, r.Enrolled));
        Assert.Equal(66.67m, rows[^1].DropoutRate);
    }

    [Fact]
    public void Query_SumsInstitutionsBeforeDividing_ForMunicipalityMonthDimension()
    {
        // Arrange: institution 100 = K, X (X retires in April); institution 200 = P, Q, R (Q vanishes after C2 → September,
        // the month of C3). Municipal: 5 attributed students; cumulative dropouts 0 (Jan–Mar), 1 (Apr–Aug), 2 (Sep–Dec).
        // Averaging the two institution rates in September (50 % and 33.33 %) would give 41.67 %; counts first give 2/5 = 40.00 %.
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025,
        [
            new(C1, "K", "100", 6), new(C2, "K", "100", 6), new(C3, "K", "100", 6),
            new(C1, "X", "100", 6), new(C2, "X", "100", 6, "RETIRADO", "2025-04-20"),
            new(C1, "P", "200", 8), new(C2, "P", "200", 8), new(C3, "P", "200", 8),
            new(C1, "Q", "200", 8), new(C2, "Q", "200", 8),
            new(C1, "R", "200", 8), new(C2, "R", "200", 8), new(C3, "R", "200", 8),
        ]);
        OutcomeRecomputer.Recompute(database.Target, 2025);

        // Act
        var rows = new IndicatorEngine(database.Target).Query(new IndicatorRequest(2025, IndicatorDimension.MunicipalityMonth));

        // Assert
        Assert.Equal(Enumerable.Range(1, 12).Select(m => (int?)m), rows.Select(r => r.Month));
        Assert.All(rows, r => Assert.Null(r.InstitutionDane));
        Assert.All(rows, r => Assert.Equal(5L, r.Enrolled));
        Assert.Equal([0L, 0L, 0L, 1L, 1L, 1L, 1L, 1L, 2L, 2L, 2L, 2L], rows.Select(r => r.Dropouts));
        Assert.Equal(20.00m, rows[3].DropoutRate);
        Assert.Equal(40.00m, rows[8].DropoutRate);
    }

    [Fact]
    public void Query_AddsSplitColumn_WhenSplitBySex()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025, ThirtyTwoWithFiveDropouts());
        OutcomeRecomputer.Recompute(database.Target, 2025);

        // Act
        var rows = new IndicatorEngine(database.Target).Query(new IndicatorRequest(2025, IndicatorDimension.Institution, IndicatorSplit.Sex));

        // Assert: even-numbered students are F: S00, S02, S04 dropped (3 of 16); S01, S03 (2 of 16).
        Assert.Equal([("F", 16L, 3L), ("M", 16L, 2L)], rows.Select(r => (r.Split!, r.Enrolled, r.Dropouts)));
    }

    [Fact]
    public void Query_ClassifiesExtraEdad_AtReferenceDate()
    {
        // Arrange: grade 2 → extra-edad from age 10 on 30 June 2025 (born on or before 2015-06-30).
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025,
        [
            new(C1, "OLD", "100", 2) { BirthDate = "2015-06-30" },
            new(C1, "YOUNG", "100", 2) { BirthDate = "2015-07-01" },
            new(C1, "UNKNOWN", "100", 2),
        ]);
        OutcomeRecomputer.Recompute(database.Target, 2025);

        // Act
        var rows = new IndicatorEngine(database.Target).Query(new IndicatorRequest(2025, IndicatorDimension.Institution, IndicatorSplit.ExtraEdad));

        // Assert
        Assert.Equal(["no", "si", "sin dato"], rows.Select(r => r.Split));
        Assert.All(rows, r => Assert.Equal(1L, r.Enrolled));
    }

    [Fact]
    public void Query_CountsInterAnnualDropouts_FromFinalCutOfPreviousYear()
    {
        // Arrange: 2024 final cut: P1 g5 (returns 2025 same IE), P2 g6 (absent in 2025), P3 g7 (2025 at IE 200),
        // P4 g11 (excluded: no graduation flag), P5 g4 RETIRADO at the final cut (not enrolled there).
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2024,
        [
            new("2024-11-30", "P1", "100", 5), new("2024-11-30", "P2", "100", 6), new("2024-11-30", "P3", "100", 7),
            new("2024-11-30", "P4", "100", 11), new("2024-11-30", "P5", "100", 4, "RETIRADO"),
        ]);
        EnrollmentSeeder.Insert(database.Target, 2025, [new(C1, "P1", "100", 6), new(C2, "P3", "200", 8)]);

        // Act
        var row = Assert.Single(new IndicatorEngine(database.Target).Query(new IndicatorRequest(2025, IndicatorDimension.Institution, Measure: IndicatorMeasure.InterAnnual)));

        // Assert
        Assert.Equal(("100", 3L, 1L, 1L), (row.InstitutionDane!, row.Enrolled, row.Dropouts, row.TransfersOut));
        Assert.Equal(33.33m, row.DropoutRate);
    }
}
