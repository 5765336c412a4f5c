namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>The grade chart on a 390 px phone in a real Chromium: it fits the screen and its bars still open their grade.</summary>
public sealed class PhoneChartTests
{
    [SkippableChromiumFact]
    public async Task GradeChart_FitsThePhoneAndItsRescaledBarOpensTheGrade_WhenTheRectorTapsIt()
    {
        // Arrange
        await using var site = await WebTestSite.StartAsync();
        await using var chromium = await ChromiumPage.OpenAsync(site, 390, 844);
        var page = chromium.Page;
        await ChromiumPage.SignInAsync(page, "rectora");
        await page.WaitForURLAsync($"**/instituciones/{SeedData.OwnDane}");
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('#grafico-grados'); return i.complete && i.naturalWidth > 0; }");
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('resize'))");

        // Act
        var (shown, natural) = await page.EvalOnSelectorAsync<int[]>("#grafico-grados", "img => [img.clientWidth, img.naturalWidth]") switch
        {
            var sizes => (sizes[0], sizes[1]),
        };
        var coords = (await page.Locator("map[name=barras-grados] area").Nth(1).GetAttributeAsync("coords"))!.Split(',').Select(int.Parse).ToArray();
        var original = (await page.Locator("map[name=barras-grados] area").Nth(1).GetAttributeAsync("data-coords"))!.Split(',').Select(int.Parse).ToArray();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        await page.Locator("#grafico-grados").ScrollIntoViewIfNeededAsync();
        var box = (await page.Locator("#grafico-grados").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + ((coords[0] + coords[2]) / 2f), box.Y + ((coords[1] + coords[3]) / 2f));
        await page.WaitForURLAsync($"**/instituciones/{SeedData.OwnDane}/grados/7/estudiantes*");

        // Assert
        Assert.True(shown <= 390 && shown < natural, $"chart shown {shown} px of {natural}");
        Assert.True(coords[2] < original[2], "the bar's area was not rescaled with the image");
        Assert.True(overflow <= 0, $"the page overflows by {overflow} px");
    }
}
