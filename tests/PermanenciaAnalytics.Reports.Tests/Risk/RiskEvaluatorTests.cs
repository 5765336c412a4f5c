using PermanenciaAnalytics.Reports.Risk;

namespace PermanenciaAnalytics.Reports.Tests.Risk;

public class RiskEvaluatorTests
{
    [Theory]
    [InlineData(6, 30, "2025-06-30")]
    [InlineData(8, 15, "2025-06-30")]
    [InlineData(9, 15, "2025-10-31")]
    [InlineData(5, 15, "2025-03-31")]
    [InlineData(1, 10, "2025-03-31")]
    public void NearestCut_PicksTheClosestCut_AndTheEarlierOnATie(int month, int day, string expected)
    {
        // Arrange: 15 May is 45 days after 31 March and 46 before 30 June.
        DateOnly[] cuts = [new(2025, 3, 31), new(2025, 6, 30), new(2025, 10, 31)];

        // Act / Assert
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), RiskEvaluator.NearestCut(cuts, 2025, month, day));
    }

    [Fact]
    public void Evaluate_ScoresTheTestYearAsOfTheCutAndComparesWithItsOutcomes()
    {
        // Arrange
        using var database = RiskScenario.Create();

        // Act: as of 31 March both years.
        var result = RiskEvaluator.Evaluate(database.Target, 2024, 2025, 3, 31);

        // Assert: 8 students at 2025-03-31, one dropout (D1, nuevo: 10). Negatives score P1 10, N1 10, G1 10, T1 20
        // (nuevo + sede A01), P2 25, M1 45, P3 55: D1 ties three and beats none → AUC 1.5 / 7. The top 10 % (0.8 of a
        // student) is P3, not a dropout.
        Assert.Equal(new DateOnly(2025, 3, 31), result.TestCut);
        Assert.Equal(new DateOnly(2024, 3, 31), result.TrainCut);
        Assert.Equal((8, 1), (result.Students, result.Dropouts));
        Assert.Equal(1.5 / 7, result.Auc, 12);
        Assert.Equal(0, result.PrecisionTop10, 12);
        Assert.Equal(0, result.RecallTop10, 12);
        Assert.Equal(["sex", "migrant", "etnia", "zona"], result.Groups.Keys);
        // Only M1 has PAIS_ORIGEN; the others are "sin dato", never counted as Colombian.
        Assert.Equal([("SI", 1), ("sin dato", 7)], result.Groups["migrant"].Select(g => (g.Value, g.Students)));
        Assert.Equal(8, result.Calibration.Sum(d => d.Students));
    }
}
