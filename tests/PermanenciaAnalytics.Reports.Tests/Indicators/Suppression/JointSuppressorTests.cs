using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Reports.Indicators.Suppression;
using PermanenciaAnalytics.Reports.Indicators;

namespace PermanenciaAnalytics.Reports.Tests.Indicators.Suppression;

public class JointSuppressorTests
{
    /// <summary>Grades 1–5 of one institution ("grade:enrolled/dropouts/transfers"), so every line is the institution's.</summary>
    [Theory]
    // Nothing small: nothing reserved.
    [InlineData("1:40/2/1 2:50/3/2 3:60/1/0", "")]
    // A lone small grade takes the smallest visible grade with it.
    [InlineData("1:3/1/1 2:50/5/2 3:60/6/3", "1,2")]
    // The issue's pattern: the smallest visible grade has 0 dropouts and 0 transfers like the small one; reserving it
    // would leave the reserved pair adding up to 0 (so both 0). The partner must have dropouts and transfers.
    [InlineData("1:2/0/0 2:47/0/0 3:51/1/1 4:67/3/2", "1,3")]
    // Only dropouts are pinned at zero: the smallest grade with a dropout joins.
    [InlineData("1:2/0/1 2:40/0/3 3:45/2/0 4:70/3/4", "1,3")]
    // Two small grades, but their dropouts add up to 0 while the institution's do not: a third grade is reserved.
    [InlineData("1:3/0/1 2:4/0/2 3:30/1/0 4:60/2/2", "1,2,3")]
    // The institution published 0 transfers: that zero is its own (every student, reserved or not) and needs no partner.
    [InlineData("1:2/1/0 2:3/1/0 3:50/4/0", "1,2")]
    // Every reserved student dropped out (5 of 5): a grade where not everybody did is reserved with them.
    [InlineData("1:2/2/1 2:3/3/1 3:40/2/1 4:60/5/2", "1,2,3")]
    public void Apply_ReservesTheHandComputedGrades_ForOneInstitution(string grades, string expected)
    {
        // Arrange
        var year = SyntheticYear.Of([.. grades.Split(' ').Select(Parse)]);
        var tables = year.Tables();

        // Act
        var shown = JointSuppressor.Apply(tables, 5);

        // Assert
        var reserved = string.Join(',', shown.ByGrade.Where(r => r.Suppressed).Select(r => r.Grade));
        Assert.Equal(expected, reserved);
        Assert.Empty(SyntheticYear.Attack(tables, shown).Recover());
    }

    [Fact]
    public void Apply_LeavesTheIssueExampleUnrecoverable_WhenTheInstitutionTotalIsPublished()
    {
        // Arrange: institution 154001006416 of the demo year (publication 2025-11), beside a second institution. Before,
        // grades 11 (47, 0 dropouts, 0 transfers) and 99 (2, 0, 0) were reserved: 808/20/26 minus the visible grades
        // left 49/0/0, so aceleración had exactly 0 dropouts and 0 transfers.
        (int Grade, long Enrolled, int Dropouts, int Transfers)[] leones =
        [
            (0, 70, 1, 3), (1, 73, 2, 4), (2, 77, 1, 2), (3, 67, 3, 3), (4, 75, 1, 5), (5, 71, 2, 2), (6, 76, 2, 1),
            (7, 66, 4, 3), (8, 66, 0, 0), (9, 67, 3, 2), (10, 51, 1, 1), (11, 47, 0, 0), (99, 2, 0, 0),
        ];
        var rows = leones.Select(g => ("154001006416", g.Grade, g.Enrolled, g.Dropouts, g.Transfers))
            .Concat(leones.Select(g => ("154001000198", g.Grade, g.Enrolled + 10, g.Dropouts + 1, g.Transfers + 1)));
        var tables = SyntheticYear.Of([.. rows]).Tables();

        // Act
        var shown = JointSuppressor.Apply(tables, 5);

        // Assert
        Assert.Equal(808, tables.ByInstitution.Single(r => r.InstitutionDane == "154001006416").Enrolled);
        var reserved = shown.ByGrade.Where(r => r.Suppressed && r.InstitutionDane == "154001006416").Select(r => r.Grade!.Value).ToList();
        var exact = tables.ByGrade.Where(r => r.InstitutionDane == "154001006416" && reserved.Contains(r.Grade!.Value)).ToList();
        Assert.Contains(99, reserved);
        Assert.True(exact.Sum(r => r.Dropouts) > 0 && exact.Sum(r => r.TransfersOut) > 0, "the reserved grades must not add up to 0 dropouts or 0 transfers");
        Assert.False(shown.ByInstitution.Single(r => r.InstitutionDane == "154001006416").Suppressed);
        Assert.Empty(SyntheticYear.Attack(tables, shown).Recover());
    }

    [Fact]
    public void Recover_FindsTheIssueLeak_InTheOldReservationPattern()
    {
        // Arrange: what publication 2025-11 printed: 154001006416's grades 11 and 99 reserved beside its 808/20/26 total.
        var tables = SyntheticYear.Of(("154001006416", 9, 67, 3, 2), ("154001006416", 10, 51, 1, 1), ("154001006416", 11, 47, 0, 0), ("154001006416", 99, 2, 0, 0)).Tables();
        // Only the grade table and the ranking (instituciones.csv) are printed here.
        var old = new IndicatorTables
        {
            ByGrade = [.. tables.ByGrade.Select(r => r.Grade is 11 or 99 ? r with { Suppressed = true } : r)],
            ByInstitution = tables.ByInstitution,
        };

        // Act
        var recovered = SyntheticYear.Attack(tables, old).Recover();

        // Assert: the attacker of these tests sees the leak the issue reported (dropouts and transfers of 99 and 11 are 0).
        Assert.Contains("G|154001006416|99|:1=0", recovered);
        Assert.Contains("G|154001006416|99|:2=0", recovered);
    }

    [Fact]
    public void Apply_ReservesAnInstitutionsMonthRows_WithItsRankingRow()
    {
        // Arrange: institution 3 has 4 students; institution 1 (40) is the smallest other one, so it is its complement.
        var tables = SyntheticYear.Of(("154001000001", 1, 40, 2, 1), ("154001000002", 1, 60, 3, 2), ("154001000003", 1, 4, 1, 1)).Tables();

        // Act
        var shown = JointSuppressor.Apply(tables, 5);

        // Assert: their month rows repeat their enrolment and end at their totals, so they are reserved too.
        Assert.Equal([true, false, true], shown.ByInstitution.Select(r => r.Suppressed));
        Assert.All(shown.ByMonth.Where(r => r.InstitutionDane is "154001000001" or "154001000003"), r => Assert.True(r.Suppressed));
        Assert.All(shown.ByMonth.Where(r => r.InstitutionDane == "154001000002"), r => Assert.False(r.Suppressed));
        Assert.Empty(SyntheticYear.Attack(tables, shown).Recover());
    }

    [Fact]
    public void Apply_ProtectsSplitRows_AgainstTheUnsplitTotal()
    {
        // Arrange: one grade split by sex, 3 girls and 40 boys; the unsplit row (43) is published by a query without split.
        var grade = new IndicatorRow { Year = 2025, InstitutionDane = "154001000001", Grade = 1, Enrolled = 43, Dropouts = 3, TransfersOut = 1 };
        var tables = new IndicatorTables
        {
            ByGrade = [grade, grade with { Split = "F", Enrolled = 3, Dropouts = 1, TransfersOut = 0 }, grade with { Split = "M", Enrolled = 40, Dropouts = 2, TransfersOut = 1 }],
        };

        // Act
        var shown = JointSuppressor.Apply(tables, 5);

        // Assert: the boys are reserved with the girls (the girls' count would be 43 − 40), or the total is.
        Assert.Equal([true, true], shown.ByGrade.Where(r => r.Split is not null).Select(r => r.Suppressed));
    }

    private static (string, int, long, int, int) Parse(string grade)
    {
        var parts = grade.Split(':', '/');
        return ("154001000001", int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture));
    }
}
