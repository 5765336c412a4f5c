using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Official;
using PermanenciaAnalytics.Etl.Schema;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Official;

public sealed class SqlServerMenPublishedRateStoreTests
{
    [SqlServerFact]
    public void Replace_StoresExactRates_WhenTargetIsSqlServer()
    {
        // Arrange: a territory code of its own, so runs on a shared server do not meet.
        var target = DatabaseTarget.FromConnectionString(SqlServerFactAttribute.ConnectionString!);
        SchemaMigrator.Migrate(target);
        var territory = "9" + Random.Shared.Next(0, 10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        var series = new MenPublishedSeries(MenTerritoryKind.Municipality, territory, "Prueba",
            [new(territory, 2021, "total", 3.23m), new(territory, 2021, "media", 2.72m), new(territory, 2021, "primaria", null)]);

        // Act
        var stored = MenPublishedRateStore.Replace(target, series, "men.csv", DateTime.UtcNow);
        var read = MenPublishedRateStore.Read(target, territory);
        MenPublishedRateStore.Replace(target, series with { Rates = [] }, "vacio.csv", DateTime.UtcNow);

        // Assert
        Assert.Equal(2, stored);
        Assert.Equal([2.72m, 3.23m], read.Select(r => r.Rate!.Value).Order());
        Assert.Empty(MenPublishedRateStore.Read(target, territory));
    }
}
