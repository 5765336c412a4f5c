using PermanenciaAnalytics.Etl.Official;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Official;

public class MenPublishedRateStoreTests
{
    [Fact]
    public void Replace_StoresTheExactRatesAndReplacesEarlierOnes_WhenTheSameTerritoryIsLoadedAgain()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var first = new MenPublishedSeries(MenTerritoryKind.Municipality, "54001", "Cúcuta",
            [new("54001", 2022, "total", 4.69m), new("54001", 2022, "media", 3.41m), new("54001", 2022, "primaria", null)]);
        var second = new MenPublishedSeries(MenTerritoryKind.Municipality, "54001", "Cúcuta",
            [new("54001", 2023, "total", 4.61m), new("54001", 2023, "transicion", 6.12m)]);
        var now = new DateTime(2026, 12, 3, 15, 0, 0, DateTimeKind.Utc);

        // Act
        var storedFirst = MenPublishedRateStore.Replace(database.Target, first, "a.csv", now);
        var afterFirst = MenPublishedRateStore.Read(database.Target, "54001");
        var storedSecond = MenPublishedRateStore.Replace(database.Target, second, "b.csv", now);
        var afterSecond = MenPublishedRateStore.Read(database.Target, "54001");

        // Assert: a blank rate is not stored; a new file replaces the territory's rows.
        Assert.Equal(2, storedFirst);
        Assert.Equal([4.69m, 3.41m], afterFirst.OrderBy(r => r.Level == "total" ? 1 : 0).Select(r => r.Rate!.Value).Reverse());
        Assert.Equal(2, storedSecond);
        Assert.All(afterSecond, r => Assert.Equal(2023, r.Year));
        Assert.Equal(6.12m, afterSecond.Single(r => r.Level == "transicion").Rate);
        Assert.Empty(MenPublishedRateStore.Read(database.Target, "54003"));
    }
}
