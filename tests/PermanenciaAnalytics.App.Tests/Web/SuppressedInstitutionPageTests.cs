using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// The institution page when the indicator reader suppresses small cells (the contract of the suppression decorator:
/// <see cref="IndicatorRow.Suppressed"/> set, counts zeroed). Here every row with fewer than 3 enrolled is suppressed:
/// A's grades (2 each) and its rural sede (1), not A itself (4) nor its main sede (3).
/// </summary>
public sealed class SuppressedInstitutionPageTests : IAsyncLifetime
{
    private WebTestSite site = null!;

    public async Task InitializeAsync()
    {
        site = await WebTestSite.StartAsync(builder => builder.Services.Replace(ServiceDescriptor.Singleton<IIndicatorReader>(
            services => new SmallRowsSuppressed(new EngineIndicatorReader(services.GetRequiredService<DatabaseTarget>()), 3))));
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
        Assert.Contains($"<tr><th scope=\"row\">SEDE PRINCIPAL <small>{InstitutionTestData.MainSede}</small></th><td class=\"num\">3</td><td class=\"num\">1</td><td class=\"num\">33,33 %</td><td class=\"num\">0</td></tr>", html, StringComparison.Ordinal);
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

    /// <summary>Suppresses rows below a threshold the way the suppression decorator does (flag set, counts zeroed).</summary>
    private sealed class SmallRowsSuppressed(IIndicatorReader inner, int threshold) : IIndicatorReader
    {
        public IReadOnlyList<IndicatorRow> ByInstitutionAndGrade(int year, string? institutionDane) =>
            Query(year, IndicatorDimension.InstitutionGrade, institutionDane);

        public IReadOnlyList<IndicatorRow> Query(int year, IndicatorDimension dimension, string? institutionDane) =>
            inner.Query(year, dimension, institutionDane)
                .Select(r => r.Enrolled < threshold ? r with { Suppressed = true, Enrolled = 0, Dropouts = 0, TransfersOut = 0 } : r)
                .ToList();
    }
}
