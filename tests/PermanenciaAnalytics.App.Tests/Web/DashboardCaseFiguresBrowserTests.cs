namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>The dashboard's búsqueda-activa table in a real headless Chromium at the secretariat's 1366 px screen.</summary>
public sealed class DashboardCaseFiguresBrowserTests
{
    [SkippableChromiumFact]
    public async Task CaseTable_FitsTheScreenWithoutSidewaysScrolling_WhenViewedAt1366Pixels()
    {
        // Arrange
        await using var site = await WebTestSite.StartAsync();
        CaseScenario.Record(site.Database.Target);
        await using var chromium = await ChromiumPage.OpenAsync(site, 1366, 768);
        var page = chromium.Page;
        await ChromiumPage.SignInAsync(page, "secretaria1");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

        // Act
        await page.GotoAsync("/tablero?anio=2025");
        var tableOverflow = await page.EvaluateAsync<int>(
            "() => { const t = document.querySelector('section[aria-labelledby=busqueda] table'); return Math.ceil(t.getBoundingClientRect().right) - document.documentElement.clientWidth; }");
        var pageOverflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var cityRow = await page.InnerTextAsync("section[aria-labelledby=busqueda] tfoot tr");

        // Assert
        Assert.True(tableOverflow <= 0, $"the case table ends {tableOverflow} px past the screen");
        Assert.True(pageOverflow <= 0, $"the page scrolls {pageOverflow} px sideways");
        Assert.Equal("Total municipal\t4\t2\t25,00 %\t25,00 %\t102", cityRow);
    }
}
