using System.Net;
using Dapper;
using PermanenciaAnalytics.Reports.Outcomes;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// The year selector and the year-by-year trend over real HTTP, on <see cref="SeedData"/>'s 2025 plus a hand-made 2024:
/// institution A has T1–T4 enrolled at both 2024 cuts and T5 only at the March cut (a dropout), so A's 2024 is 5
/// enrolled, 1 dropout → 20,00 %, and the city's 2024 is the same five students. 2025 (from SeedData): A 4 enrolled,
/// 2 dropouts → 50,00 %; the city 7 enrolled, 3 dropouts → 42,86 %.
/// </summary>
public sealed class YearTrendTests : IAsyncLifetime
{
    private WebTestSite site = null!;

    public async Task InitializeAsync()
    {
        site = await WebTestSite.StartAsync();
        using var connection = site.Database.Target.Open();
        connection.Execute("""
            INSERT INTO load_ledger (load_id, file_name, sha256, kind, cut_date, school_year, status, rows_read, rows_loaded, started_at)
            VALUES (11, 'simat-2024-03-01.csv', 'b1', 'simat', '2024-03-01', 2024, 'loaded', 5, 5, '2024-03-02 08:00:00'),
                   (12, 'simat-2024-11-01.csv', 'b2', 'simat', '2024-11-01', 2024, 'loaded', 4, 4, '2024-11-02 08:00:00');
            """);
        var row = 0;
        foreach (var (load, cut, student) in new[]
        {
            (11, "2024-03-01", "T1"), (11, "2024-03-01", "T2"), (11, "2024-03-01", "T3"), (11, "2024-03-01", "T4"), (11, "2024-03-01", "T5"),
            (12, "2024-11-01", "T1"), (12, "2024-11-01", "T2"), (12, "2024-11-01", "T3"), (12, "2024-11-01", "T4"),
        })
        {
            connection.Execute("""
                INSERT INTO enrollment (load_id, row_number, cut_date, school_year, student_key, institution_dane, grade, group_code, status, is_enrolled)
                VALUES (@load, @row, @cut, 2024, @student, @dane, 6, '0601', 'MATRICULADO', 1)
                """, new { load, row = ++row, cut, student, dane = SeedData.OwnDane });
        }

        OutcomeRecomputer.Recompute(site.Database.Target, 2024);
    }

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task Dashboard_ShowsEveryLoadedYearInTheTrendAndTheSelector_WhenTwoYearsAreLoaded()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("cobertura1");

        // Act
        var html = await session.Client.GetStringAsync("/tablero?anio=2025");
        using var chart = await session.Client.GetAsync("/tablero/grafico-tendencia.png?anio=2025");

        // Assert
        Assert.Contains("<option value=\"2025\" selected>2025</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"2024\">2024</option>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">2024</th><td class=\"num\">5</td><td class=\"num\">1</td><td class=\"num\">20,00 %</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">2025</th><td class=\"num\">7</td><td class=\"num\">3</td><td class=\"num\">42,86 %</td></tr>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Institution_ShowsItsRateBesideTheCitysPerYear_AndStopsAtTheSelectedYear()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("cobertura1");

        // Act
        var both = await session.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}?anio=2025");
        var earlier = await session.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}?anio=2024");

        // Assert
        Assert.Contains("<tr><th scope=\"row\">2024</th><td class=\"num\">5</td><td class=\"num\">1</td><td class=\"num\">20,00 %</td><td class=\"num\">20,00 %</td></tr>", both, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">2025</th><td class=\"num\">4</td><td class=\"num\">2</td><td class=\"num\">50,00 %</td><td class=\"num\">42,86 %</td></tr>", both, StringComparison.Ordinal);
        Assert.DoesNotContain("<tr><th scope=\"row\">2025</th>", earlier, StringComparison.Ordinal);
        Assert.Contains("Solo hay datos de 2024", earlier, StringComparison.Ordinal);
        Assert.Contains("<option value=\"2024\" selected>2024</option>", earlier, StringComparison.Ordinal);
    }
}
