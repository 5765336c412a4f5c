using FsCheck.Xunit;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Reports.Indicators;

namespace PermanenciaAnalytics.Reports.Tests.Indicators;

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
    public void ApplyPrimaryOnly_HidesOnlySmallRows_WithoutComplement()
    {
        // Arrange: cumulative month rows of two institutions; only institution 200 (3 students) is small.
        IndicatorRow[] rows =
        [
            new() { Year = 2025, InstitutionDane = "100", Month = 3, Enrolled = 40, Dropouts = 1, TransfersOut = 0 },
            new() { Year = 2025, InstitutionDane = "200", Month = 3, Enrolled = 3, Dropouts = 1, TransfersOut = 0 },
        ];

        // Act
        var result = SmallCellSuppressor.ApplyPrimaryOnly(rows, 5);

        // Assert: Apply would also hide institution 100 as the complement of the month-3 line; here it stays.
        Assert.Equal([false, true], result.Select(r => r.Suppressed));
        Assert.Equal((40L, 1L), (result[0].Enrolled, result[0].Dropouts));
        Assert.Equal((0L, 0L, (decimal?)null), (result[1].Enrolled, result[1].Dropouts, result[1].DropoutRate));
    }

    [Fact]
    public void Apply_ProtectsColumnTotals_AcrossInstitutions()
    {
        // Arrange: 2×2 table; only (200, g7) is small (4 enrolled). Row line (200) and column line (g7) each need a
        // partner, and that forces a fourth cell so every line has 0 or 2 hidden cells.
        IndicatorRow[] rows = [Row("100", 6, 40, 5), Row("100", 7, 30, 5), Row("200", 6, 50, 5), Row("200", 7, 4, 2)];

        // Act
        var result = SmallCellSuppressor.Apply(rows, 5);

        // Assert
        Assert.All(result, r => Assert.True(r.Suppressed));
    }

    [Property(MaxTest = 200)]
    public void Apply_LeavesNoSmallPublishedCellAndNoLoneHiddenCellInAnyLine(int seed)
    {
        // Arrange: a random institution × grade table.
#pragma warning disable CA5394 // Test data.
        var random = new Random(seed);
        var rows = new List<IndicatorRow>();
        foreach (var institution in Enumerable.Range(0, random.Next(1, 6)).Select(i => $"I{i}"))
        {
            foreach (var grade in Enumerable.Range(0, 12).Where(_ => random.NextDouble() < 0.7))
            {
                var enrolled = random.Next(0, 60);
                rows.Add(Row(institution, grade, enrolled, random.Next(0, Math.Min(enrolled, 12) + 1), random.Next(0, 8)));
            }
        }
#pragma warning restore CA5394

        // Act
        var result = SmallCellSuppressor.Apply(rows, 5);

        // Assert
        Assert.DoesNotContain(result, r => !r.Suppressed && SmallCellSuppressor.IsSmall(r, 5));
        foreach (var line in result.GroupBy(r => r.InstitutionDane).Concat(result.GroupBy(r => r.Grade?.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        {
            var hidden = line.Count(r => r.Suppressed);
            Assert.True(line.Count() < 2 || hidden != 1, $"line {line.Key} has a single hidden cell recoverable from its total");
        }
    }
}
