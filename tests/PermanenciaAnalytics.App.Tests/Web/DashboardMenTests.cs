using PermanenciaAnalytics.Etl.Official;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// The dashboard's "Tasa publicada por el MEN" over real HTTP. The rates are stored as <c>compare men</c> stores them, from
/// the real-layout fixture (Cúcuta 2011–2023, domain.md §4.2) plus a test-only 2025 row; <see cref="SeedData"/>'s 2025 is
/// the city's 7 enrolled, 3 dropouts → 42,86 %, so 2025 shows 4,61 % (MEN) beside 42,86 % and 38,25 points.
/// </summary>
public sealed class DashboardMenTests : IAsyncLifetime
{
    private WebTestSite site = null!;

    public async Task InitializeAsync() => site = await WebTestSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    private void StoreMenSeries()
    {
        var fixture = TestData.PathOf(Path.Combine("men", "men_municipio_54001.csv"));
        var lines = File.ReadAllLines(fixture);
        var path = Path.Combine(site.Database.Folder, "men_2025.csv");
        File.WriteAllLines(path, [.. lines, "2025" + lines.Single(l => l.StartsWith("2023,54001,", StringComparison.Ordinal))[4..]]);
        MenPublishedRateStore.Replace(site.Database.Target, MenPublishedSeries.Read(path, "54001"), "men_2025.csv", DateTime.UtcNow);
    }

    [Fact]
    public async Task Dashboard_ShowsMensPublishedRateBesideOurs_ForTheYearsStored()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("secretaria1");
        var before = await session.Client.GetStringAsync("/tablero?anio=2025");
        StoreMenSeries();

        // Act: storing the rates bumps the data version, so the cached dashboard sees them at once.
        var html = await session.Client.GetStringAsync("/tablero?anio=2025");

        // Assert
        Assert.Contains("No hay tasas del MEN guardadas", before, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"men\">Tasa publicada por el MEN</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">2011</th><td class=\"num\">7,91 %</td><td class=\"num\">sin dato</td><td class=\"num\">—</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">2021</th><td class=\"num\">3,23 %</td><td class=\"num\">sin dato</td><td class=\"num\">—</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">2025</th><td class=\"num\">4,61 %</td><td class=\"num\">42,86 %</td><td class=\"num\">38,25</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No hay tasas del MEN guardadas", html, StringComparison.Ordinal);
    }
}
