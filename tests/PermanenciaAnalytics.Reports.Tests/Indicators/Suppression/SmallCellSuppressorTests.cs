using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Reports.Indicators.Suppression;

namespace PermanenciaAnalytics.Reports.Tests.Indicators.Suppression;

public class SmallCellSuppressorTests
{
    private static IndicatorRow Row(string institution, int grade, long enrolled, long dropouts, long transfers = 0) => new()
    {
        Year = 2025, InstitutionDane = institution, Grade = grade, Enrolled = enrolled, Dropouts = dropouts, TransfersOut = transfers,
    };

    [Theory]
    [InlineData(4, 0, 0, true)]     // fewer than 5 enrolled
    [InlineData(4, 4, 0, true)]     // a small group stays hidden whatever it lost
    [InlineData(5, 0, 0, false)]    // exactly the threshold is published
    [InlineData(5, 5, 0, false)]    // everyone left a group of 5: still a group of 5
    [InlineData(100, 2, 0, false)]  // 2 of 100 dropped out: does not single anyone out
    [InlineData(100, 7, 3, false)]  // 3 transfers of 100
    [InlineData(0, 0, 0, true)]
    public void IsSmall_HidesGroupsWithFewStudents_WhateverTheirCounts(long enrolled, long dropouts, long transfers, bool expected)
    {
        // Arrange
        var row = Row("100", 6, enrolled, dropouts, transfers);

        // Act
        var small = SmallCellSuppressor.IsSmall(row, 5);

        // Assert
        Assert.Equal(expected, small);
    }

    [Fact]
    public void Apply_HidesCountsAndRate_OfSuppressedRows()
    {
        // Arrange
        IndicatorRow[] rows = [Row("100", 6, 3, 1), Row("100", 7, 50, 5), Row("100", 8, 60, 6)];

        // Act
        var result = SmallCellSuppressor.Apply(rows, 5);

        // Assert: grade 6 is small; grade 7 (the smaller remaining) is hidden with it; grade 8 stays.
        Assert.Equal([true, true, false], result.Select(r => r.Suppressed));
        Assert.All(result.Where(r => r.Suppressed), r => Assert.Equal((0L, 0L, 0L, (decimal?)null), (r.Enrolled, r.Dropouts, r.TransfersOut, r.DropoutRate)));
        Assert.Equal((60L, 6L), (result[2].Enrolled, result[2].Dropouts));
    }

    [Fact]
    public void Apply_ProtectsAnInstitutionsTotal_WithinThatInstitution()
    {
        // Arrange: 2×2 table; only (200, g7) is small (4 enrolled). Institution 200's total is published elsewhere, so
        // its grade 6 is reserved too; institution 100 has no reserved grade and no line through it needs one (the
        // secundaria line of both institutions now holds two reserved cells with 7 dropouts between them).
        IndicatorRow[] rows = [Row("100", 6, 40, 5), Row("100", 7, 30, 5), Row("200", 6, 50, 5), Row("200", 7, 4, 2)];

        // Act
        var result = SmallCellSuppressor.Apply(rows, 5);

        // Assert
        Assert.Equal([false, false, true, true], result.Select(r => r.Suppressed));
    }

    [Fact]
    public void Apply_KeepsEachRowInItsPlace_WhenTablesAreMixed()
    {
        // Arrange: an institution row between grade rows of another dimension.
        IndicatorRow[] rows =
        [
            Row("100", 6, 3, 1),
            new() { Year = 2025, InstitutionDane = "100", Enrolled = 113, Dropouts = 12, TransfersOut = 0 },
            Row("100", 7, 50, 5),
            Row("100", 8, 60, 6),
        ];

        // Act
        var result = SmallCellSuppressor.Apply(rows, 5);

        // Assert
        Assert.Equal([true, false, true, false], result.Select(r => r.Suppressed));
        Assert.Equal(113, result[1].Enrolled);
        Assert.Equal(IndicatorDimension.Institution, SmallCellSuppressor.DimensionOf(result[1]));
    }
}
