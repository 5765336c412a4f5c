using PermanenciaAnalytics.Etl.Loading;

namespace PermanenciaAnalytics.Etl.Tests.Loading;

public sealed class PlacementSetTests
{
    [Theory]
    [InlineData("1001", "154001000011", true, "1001", "154001000011", true, false)]   // the same placement twice: duplicate
    [InlineData("1001", "154001000011", true, "1001", "154001000011", false, true)]   // RETIRADO and MATRICULADO rows: both kept
    [InlineData("1001", "154001000011", true, "1001", "154001000022", true, true)]    // two institutions in one cut
    [InlineData("1001", "154001000011", true, "1002", "154001000011", true, true)]
    [InlineData("12", "34", true, "123", "4", true, true)]                              // the separator keeps split points apart
    public void Add_ReportsOnlyTheSamePlacement_AsSeen(string student1, string institution1, bool enrolled1, string student2, string institution2, bool enrolled2, bool secondIsNew)
    {
        // Arrange
        var set = new PlacementSet();
        set.Add(student1, institution1, enrolled1);

        // Act
        var added = set.Add(student2, institution2, enrolled2);

        // Assert
        Assert.Equal(secondIsNew, added);
    }

    [Fact]
    public void Add_HandlesKeysLongerThanTheStackBuffer()
    {
        // Arrange
        var set = new PlacementSet();
        var longKey = new string('7', 300);

        // Act
        var first = set.Add(longKey, "154001000011", true);
        var again = set.Add(longKey, "154001000011", true);
        var other = set.Add(longKey + "8", "154001000011", true);

        // Assert
        Assert.Equal((true, false, true), (first, again, other));
    }

    [Fact]
    public void Add_KeepsEveryPlacement_OfAMillionDistinctStudents()
    {
        // Arrange
        var set = new PlacementSet();

        // Act
        var added = Enumerable.Range(0, 1_000_000).Count(i => set.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "154001000011", true));

        // Assert: no two distinct placements collide.
        Assert.Equal(1_000_000, added);
        Assert.Equal(1_000_000, set.Count);
    }
}
