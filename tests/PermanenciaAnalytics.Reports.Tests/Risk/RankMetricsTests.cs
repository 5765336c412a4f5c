using PermanenciaAnalytics.Reports.Risk;

namespace PermanenciaAnalytics.Reports.Tests.Risk;

public class RankMetricsTests
{
    public static TheoryData<double[], bool[], double> AucCases() => new()
    {
        // Positives {0.35, 0.8} vs negatives {0.1, 0.4}: 3 of 4 pairs ordered right.
        { [0.1, 0.4, 0.35, 0.8], [false, false, true, true], 0.75 },
        // Positives {1, 2} vs negatives {1, 0}: the tie 1–1 counts half → 3.5 / 4.
        { [1, 1, 2, 0], [true, false, true, false], 0.875 },
        { [3, 3, 3, 3], [true, false, true, false], 0.5 },
        { [1, 2, 3, 4], [false, false, true, true], 1.0 },
        { [4, 3, 2, 1], [false, false, true, true], 0.0 },
        // Positives {5, 2} vs negatives {5, 5, 1}: 5 ties two (1) and beats one (1); 2 beats one (1) → 3 / 6.
        { [5, 5, 5, 2, 1], [true, false, false, true, false], 0.5 },
    };

    [Theory]
    [MemberData(nameof(AucCases))]
    public void Auc_EqualsTheShareOfPositiveNegativePairsOrderedRight_WithTiesCountingHalf(double[] scores, bool[] positives, double expected)
    {
        // Arrange: the case. Act
        var auc = RankMetrics.Auc(scores, positives);

        // Assert
        Assert.Equal(expected, auc, 12);
    }

    [Fact]
    public void Auc_IsNaN_WhenOneClassIsEmpty()
    {
        // Arrange / Act / Assert
        Assert.True(double.IsNaN(RankMetrics.Auc([1, 2], [false, false])));
    }

    [Fact]
    public void TopShareWeights_SharesTheBoundaryTieInProportion_WhenTheShareCutsThroughATie()
    {
        // Arrange: 40 % of 5 = 2 flagged: the 5 in full, the three 4s share the remaining 1.
        double[] scores = [5, 4, 4, 4, 1];
        bool[] dropouts = [true, false, true, false, true];

        // Act
        var weights = RankMetrics.TopShareWeights(scores, 0.4);
        var confusion = RankMetrics.Count(weights, dropouts);

        // Assert: TP = 1 + 1/3; precision (4/3)/2, recall (4/3)/3; FP 2/3 of 2 negatives; FN 5/3 of 3 positives.
        Assert.Equal([1, 1 / 3.0, 1 / 3.0, 1 / 3.0, 0], weights, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(2, confusion.Flagged, 12);
        Assert.Equal(2 / 3.0, confusion.Precision, 12);
        Assert.Equal(4 / 9.0, confusion.Recall, 12);
        Assert.Equal(1 / 3.0, confusion.FalsePositiveRate, 12);
        Assert.Equal(5 / 9.0, confusion.FalseNegativeRate, 12);
    }

    [Theory]
    [InlineData(0.1, 1, 1.0, 0.5)]
    [InlineData(0.2, 2, 1.0, 1.0)]
    [InlineData(0.5, 5, 0.4, 1.0)]
    public void Count_GivesPrecisionAndRecallOfTheTopShare_WhenScoresHaveNoTies(double share, double flagged, double precision, double recall)
    {
        // Arrange: ten students, the two dropouts score highest.
        double[] scores = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
        bool[] dropouts = [true, true, false, false, false, false, false, false, false, false];

        // Act
        var confusion = RankMetrics.Count(RankMetrics.TopShareWeights(scores, share), dropouts);

        // Assert
        Assert.Equal(flagged, confusion.Flagged, 12);
        Assert.Equal(precision, confusion.Precision, 12);
        Assert.Equal(recall, confusion.Recall, 12);
    }

    [Fact]
    public void Count_CountsOnlyTheSubset_WhenAGroupIsGiven()
    {
        // Arrange
        double[] weights = [1, 1, 0, 0];
        bool[] dropouts = [true, false, true, false];

        // Act
        var group = RankMetrics.Count(weights, dropouts, [1, 3]);

        // Assert: the group's one negative flagged of two negatives, no positives.
        Assert.Equal(0.5, group.FalsePositiveRate, 12);
        Assert.True(double.IsNaN(group.FalseNegativeRate));
    }
}
