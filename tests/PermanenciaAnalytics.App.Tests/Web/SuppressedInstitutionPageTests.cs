using System.Net;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// The institution page for a rector, whose rows go through the real small-cell suppression (ViewerIndicatorReader)
/// on a site with threshold 3: A's grades (2 each) and its rural sede (1) are small; the main sede (3) is hidden as the
/// complement that keeps the rural sede from being A's total minus the main sede; A itself (4) is shown.
/// </summary>
public sealed class SuppressedInstitutionPageTests : IAsyncLifetime
{
    private WebTestSite site = null!;

    public async Task InitializeAsync()
    {
        site = await WebTestSite.StartAsync(smallCellThreshold: 3);
        InstitutionTestData.AddSedes(site.Database.Target);
        InstitutionTestData.AddPlan(site.Database.Target);
    }

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task Render_ShowsReservadoNotZero_AndTotalsFromTheInstitutionRow_WhenCellsAreSuppressed()
    {
        // Act
        var html = await PageAsync();

        // Assert: grade rows are "reservado" in every count cell; the total is A's own row (4 / 2 / 1), not a sum of zeros.
        const string reserved = "<td class=\"num reservado\" title=\"Dato reservado: grupo con muy pocos estudiantes\">reservado</td>";
        Assert.Contains($"<tr><th scope=\"row\">6°</th>{reserved}{reserved}{reserved}{reserved}", html, StringComparison.Ordinal);
        Assert.Contains($"<tr><th scope=\"row\">7°</th>{reserved}{reserved}{reserved}{reserved}", html, StringComparison.Ordinal);
        Assert.Contains("4 matriculados, 2 desertores, 1 traslados a otras instituciones; tasa de deserción 50,00 %.", html, StringComparison.Ordinal);
        Assert.Contains($"<tr><th scope=\"row\">{InstitutionTestData.RuralSede}</th>{reserved}{reserved}{reserved}{reserved}</tr>", html, StringComparison.Ordinal);
        Assert.Contains($"<tr><th scope=\"row\">SEDE PRINCIPAL <small>{InstitutionTestData.MainSede}</small></th>{reserved}{reserved}{reserved}{reserved}</tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ReservesTargetResultsAndDrawsNoBarLinks_WhenTheirGradesAreSuppressed()
    {
        // Act
        var html = await PageAsync();

        // Assert
        Assert.Contains("<tr><th scope=\"row\">7°</th><td class=\"num\">40,00 %</td><td class=\"num\">reservado</td><td class=\"num\">reservado</td><td>dato reservado</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Incumplida", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<area", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_LeavesSuppressedCountsEmpty_InsteadOfZero()
    {
        // Act
        var csv = await PageAsync($"/instituciones/{SeedData.OwnDane}/indicadores.csv?anio=2025");

        // Assert
        Assert.Equal(
            ["year,institution_dane,grade,enrolled,dropouts,transfers_out,dropout_rate", "2025,154001000011,6,,,,", "2025,154001000011,7,,,,"],
            csv.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private async Task<string> PageAsync(string? path = null)
    {
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("rectora");
        using var response = await session.Client.GetAsync(new Uri(path ?? $"/instituciones/{SeedData.OwnDane}?anio=2025", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
