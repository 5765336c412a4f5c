using PermanenciaAnalytics.App.Web.Data;

namespace PermanenciaAnalytics.App.Tests.Web;

public sealed class PageSliceTests
{
    private static readonly int[] Rows = [.. Enumerable.Range(1, 250)];

    [Theory]
    [InlineData(null, 1, 1, 100)]
    [InlineData("1", 1, 1, 100)]
    [InlineData("2", 2, 101, 200)]
    [InlineData("3", 3, 201, 250)]
    [InlineData("4", 3, 201, 250)] // past the end: the last page
    [InlineData("0", 1, 1, 100)] // unreadable or not positive: the first
    [InlineData("-2", 1, 1, 100)]
    [InlineData("dos", 1, 1, 100)]
    public void Of_GivesThePagesRows_WhenAPageIsRequested(string? requested, int number, int first, int last)
    {
        // Act
        var page = PageSlices.Of(Rows, requested, 100);

        // Assert
        Assert.Equal((number, 3, first, last, 250), (page.Number, page.Count, page.First, page.Last, page.Total));
        Assert.Equal(Enumerable.Range(first, last - first + 1), page.Rows);
    }

    [Fact]
    public void Of_GivesOneEmptyPage_WhenTheListIsEmpty()
    {
        // Act
        var page = PageSlices.Of(Array.Empty<int>(), "3", 100);

        // Assert
        Assert.Equal((1, 1, 0, 0, 0), (page.Number, page.Count, page.First, page.Last, page.Total));
        Assert.Empty(page.Rows);
    }
}
