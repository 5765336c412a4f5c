using Dapper;
using PermanenciaAnalytics.Reports.Outcomes;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// An institution's chart PNGs are drawn once per data version and per exact / suppressed counts: a new recompute
/// draws them again, and a viewer who sees reserved cells never gets the exact image of one who does not.
/// </summary>
public sealed class InstitutionChartCacheTests : IAsyncLifetime
{
    private WebTestSite site = null!;

    public async Task InitializeAsync() => site = await WebTestSite.StartAsync(smallCellThreshold: 5);

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Theory]
    [InlineData("grafico.png")]
    [InlineData("grafico-mensual.png")]
    [InlineData("grafico-tendencia.png")]
    public async Task InstitutionChart_IsDrawnAgain_WhenARecomputeChangesTheData(string chart)
    {
        // Arrange
        var path = $"/instituciones/{SeedData.OwnDane}/{chart}?anio=2025";
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("cobertura1");
        var first = await session.Client.GetByteArrayAsync(path);
        var again = await session.Client.GetByteArrayAsync(path);

        // Act: every student of the institution leaves before the final cut, and the engine is recomputed.
        using (var connection = site.Database.Target.Open())
        {
            connection.Execute("DELETE FROM enrollment WHERE institution_dane = @dane AND cut_date = (SELECT MAX(cut_date) FROM enrollment WHERE school_year = 2025)",
                new { dane = SeedData.OwnDane });
        }

        OutcomeRecomputer.Recompute(site.Database.Target, 2025);
        var after = await session.Client.GetByteArrayAsync(path);

        // Assert
        Assert.Equal(first, again);
        Assert.NotEqual(first, after);
    }

    [Fact]
    public async Task InstitutionChart_KeepsReservedCellsReserved_WhenAnExactViewerDrewItFirst()
    {
        // Arrange: cobertura (exact counts) draws the chart first.
        var path = $"/instituciones/{SeedData.OwnDane}/grafico.png?anio=2025";
        using var cobertura = new BrowserlessSession(site);
        using (await cobertura.LoginAsync("cobertura1"))
        {
            var exact = await cobertura.Client.GetByteArrayAsync(path);

            // Act
            using var secretaria = new BrowserlessSession(site);
            using var login = await secretaria.LoginAsync("secretaria1");
            var suppressed = await secretaria.Client.GetByteArrayAsync(path);

            // Assert: with five as the threshold the seed's grades are reserved for secretaría, so its image differs.
            Assert.NotEqual(exact, suppressed);
        }
    }
}
