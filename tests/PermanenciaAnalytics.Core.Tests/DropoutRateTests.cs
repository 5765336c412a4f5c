using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.Core.Tests;

public class DropoutRateTests
{
    [Theory]
    [InlineData(5, 32, "15.63")]   // 15.625 exactly: half away from zero
    [InlineData(1, 8, "12.50")]
    [InlineData(1, 3, "33.33")]
    [InlineData(2, 3, "66.67")]
    [InlineData(1, 400, "0.25")]
    [InlineData(1, 800, "0.13")]   // 0.125 → 0.13, not banker's 0.12
    [InlineData(0, 10, "0.00")]
    [InlineData(10, 10, "100.00")]
    public void Percent_RoundsHalfAwayFromZero_OnExactValue(long dropouts, long enrolled, string expected)
    {
        var rate = DropoutRate.Percent(dropouts, enrolled);
        Assert.Equal(expected, rate!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Percent_ReturnsNull_WhenNobodyEnrolled()
    {
        Assert.Null(DropoutRate.Percent(0, 0));
    }
}
