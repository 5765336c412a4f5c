using Microsoft.Playwright;
using PermanenciaAnalytics.App.Tests.Hosting;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Tests.Web.SignIn;

/// <summary>
/// The CSP in a real headless Chromium: the pages, a published report (inline stylesheet allowed by hash) and the
/// Hangfire dashboard load without a single CSP violation, and their stylesheets really apply.
/// </summary>
[Collection(HangfireHostGroup.Name)]
public sealed class ContentSecurityPolicyBrowserTests
{
    private static List<string> CollectViolations(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        return violations;
    }

    [SkippableChromiumFact]
    public async Task PagesAndPublication_LoadWithoutCspViolations_AndTheirStylesApply()
    {
        // Arrange
        await using var site = await WebTestSite.StartAsync();
        var input = new PublicationInputBuilder(site.Database.Target, new IndicatorEngine(site.Database.Target)).Build(SeedData.Year, 11);
        var version = Path.GetFileName(Publisher.Publish(input, site.PublishFolder).TrimEnd(Path.DirectorySeparatorChar));
        await using var chromium = await ChromiumPage.OpenAsync(site, 1280, 900);
        var page = chromium.Page;
        var violations = CollectViolations(page);
        await ChromiumPage.SignInAsync(page, "cobertura1");
        string[] paths =
        [
            "/tablero?anio=2025", $"/instituciones/{SeedData.OwnDane}?anio=2025", $"/instituciones/{SeedData.OwnDane}/busqueda-activa?anio=2025",
            $"/instituciones/{SeedData.OwnDane}/plan", "/cargas", "/usuarios", "/publicaciones",
        ];

        // Act
        var backgrounds = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            backgrounds.Add(await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        }

        await page.GotoAsync($"/publicaciones/{version}/index.html");
        var publicationMaxWidth = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).maxWidth");

        // Assert: site.css paints the body #f7f8fa; the publication's own CSS caps it at 1000px.
        Assert.Empty(violations);
        Assert.All(backgrounds, b => Assert.Equal("rgb(247, 248, 250)", b));
        Assert.Equal("1000px", publicationMaxWidth);
    }

    [SkippableChromiumFact]
    public async Task HangfireDashboard_LoadsForAdminWithoutCspViolations()
    {
        // Arrange
        await using var site = await WebTestSite.StartWithImportJobsAsync(maxRejectPercent: 10m);
        await using var chromium = await ChromiumPage.OpenAsync(site, 1280, 900);
        var page = chromium.Page;
        var violations = CollectViolations(page);
        await ChromiumPage.SignInAsync(page, "admin1");

        // Act
        var response = await page.GotoAsync("/hangfire");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var navbar = await page.Locator(".navbar").CountAsync();

        // Assert
        Assert.Equal(200, response?.Status);
        Assert.True(navbar > 0, "the dashboard's layout (and its stylesheet) did not render");
        Assert.Empty(violations);
    }
}
