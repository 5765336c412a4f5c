using PermanenciaAnalytics.Reports.Risk;

namespace PermanenciaAnalytics.Reports.Tests.Risk;

public class ScoreCalibrationTests
{
    [Fact]
    public void Probability_ShrinksEachScoresRateTowardsTheOverallRate_ByTwentyPseudoStudents()
    {
        // Arrange: score 40: 20 students, 10 dropouts; score 0: 80 students, 0 dropouts → overall 10 / 100.
        var scores = Enumerable.Repeat(40, 20).Concat(Enumerable.Repeat(0, 80)).ToList();
        var dropouts = Enumerable.Range(0, 100).Select(i => i < 10).ToList();

        // Act
        var calibration = ScoreCalibration.Fit(scores, dropouts);

        // Assert: (10 + 20·0.1) / (20 + 20) = 0.3; (0 + 2) / (80 + 20) = 0.02; unseen → 0.1.
        Assert.Equal(0.1, calibration.Overall, 12);
        Assert.Equal(0.3, calibration.Probability(40), 12);
        Assert.Equal(0.02, calibration.Probability(0), 12);
        Assert.Equal(0.1, calibration.Probability(75), 12);
    }

    [Theory]
    [InlineData(0.10, 50)]
    [InlineData(0.30, 30)]
    [InlineData(0.05, 100)]
    [InlineData(1.00, 0)]
    public void CutForTopShare_ReturnsTheLowestScoreWhoseTopStaysWithinTheShare(double share, int expected)
    {
        // Arrange: 100 students: 10 at 50, 20 at 30, 70 at 0.
        var scores = Enumerable.Repeat(50, 10).Concat(Enumerable.Repeat(30, 20)).Concat(Enumerable.Repeat(0, 70)).ToList();

        // Act / Assert
        Assert.Equal(expected, ScoreCalibration.CutForTopShare(scores, share));
    }
}
