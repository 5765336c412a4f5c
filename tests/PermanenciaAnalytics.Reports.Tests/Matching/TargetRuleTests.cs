using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Matching;

namespace PermanenciaAnalytics.Reports.Tests.Matching;

public class TargetRuleTests
{
    private static IndicatorRow Grade(int grade, long enrolled, long dropouts) =>
        new() { Year = 2025, InstitutionDane = "154001000001", Grade = grade, Enrolled = enrolled, Dropouts = dropouts, TransfersOut = 0 };

    private static readonly IndicatorRow[] Rows =
    [
        Grade(6, 200, 4), Grade(7, 100, 2), Grade(10, 50, 5), Grade(3, 32, 5), Grade(-1, 40, 30),
    ];

    // Expectations computed by hand; school months February–November (10).
    // scope, target, as-of month, rate so far, projected, status
    public static TheoryData<string, string, int, string?, string?, TargetStatus> Cases() => new()
    {
        // 4/200 = 2.00; June → 5 months elapsed → 2.00 × 10 / 5 = 4.00 > 3.50
        { "6", "3.50", 6, "2.00", "4.00", TargetStatus.AtRisk },
        // same projection equal to the target is not above it
        { "6", "4.00", 6, "2.00", "4.00", TargetStatus.Met },
        // 5/50 = 10.00 already above 8.00 in June
        { "10", "8.00", 6, "10.00", "20.00", TargetStatus.Missed },
        // November = year over: 2.00 vs 1.50
        { "6", "1.50", 11, "2.00", "2.00", TargetStatus.Missed },
        { "6", "2.00", 12, "2.00", "2.00", TargetStatus.Met },
        // secundaria = grades 6 and 7: 6/300 = 2.00; April → 3 months → 100×6×10/(300×3) = 6.666… → 6.67
        { "secundaria", "5.00", 4, "2.00", "6.67", TargetStatus.AtRisk },
        // 5 of 32 = 15.625 → 15.63 (half away from zero), at year end equal to the target
        { "3", "15.63", 11, "15.63", "15.63", TargetStatus.Met },
        // January: no school month elapsed, projection = observed
        { "6", "2.50", 1, "2.00", "2.00", TargetStatus.Met },
        // no student in grade 11
        { "11", "3.00", 6, null, null, TargetStatus.NoData },
        // transición has no rows; jardín (−1) is outside the universe even with rows
        { "transicion", "3.00", 6, null, null, TargetStatus.NoData },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Assess_ReturnsHandComputedStatus_ForEachCase(string scope, string target, int asOf, string? soFar, string? projected, TargetStatus status)
    {
        // Arrange
        Assert.True(PlanScope.TryParse(scope, out var parsed));
        var planTarget = new PlanTarget(parsed, decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture));

        // Act
        var result = TargetRule.Assess(planTarget, Rows, asOf, MatchingOptions.Default);

        // Assert
        Assert.Equal(status, result.Status);
        Assert.Equal(soFar, result.RateSoFar?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(projected, result.ProjectedRate?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void PlanScopeTryParse_ReadsLevelNames_WithAccents()
    {
        Assert.True(PlanScope.TryParse("Transición", out var scope));
        Assert.Equal(EducationLevel.Transicion, scope.Level);
        Assert.True(PlanScope.TryParse("Secundaria", out var level));
        Assert.True(level.Contains(8));
        Assert.False(level.Contains(10));
        Assert.True(PlanScope.TryParse("06", out var grade));
        Assert.Equal(6, grade.Grade);
    }
}
