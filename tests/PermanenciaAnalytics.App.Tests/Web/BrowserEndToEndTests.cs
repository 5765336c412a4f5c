using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PermanenciaAnalytics.App.Tests.Hosting;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// The pages in a real headless Chromium (Debian <c>/usr/bin/chromium</c>, driven by Playwright's bundled driver).
/// Screenshots go to <c>artifacts/</c> beside the test assembly. One test runs the real <c>serve</c> host with Hangfire,
/// which keeps static state, hence the collection.
/// </summary>
[Collection(HangfireHostGroup.Name)]
public sealed partial class BrowserEndToEndTests
{
    private static string Artifacts => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    [SkippableChromiumFact]
    public async Task Rector_SeesOwnPageWithCharts_ClicksABar_RecordsOutcome_AndIsForbiddenElsewhere()
    {
        // Arrange
        await using var site = await WebTestSite.StartAsync();
        await using var chromium = await ChromiumPage.OpenAsync(site, 1280, 900);
        var page = chromium.Page;

        // Act 1: log in through the form.
        await ChromiumPage.SignInAsync(page, "rectora");
        await page.WaitForURLAsync($"**/instituciones/{SeedData.OwnDane}");
        var chartWidth = await page.EvalOnSelectorAsync<int>("#grafico-grados", "img => img.complete ? img.naturalWidth : 0");
        await page.Locator("#grafico-mensual").ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#grafico-mensual').complete");
        var monthlyWidth = await page.EvalOnSelectorAsync<int>("#grafico-mensual", "img => img.complete ? img.naturalWidth : 0");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "rector-institucion.png"), FullPage = true });

        // Act 1a: the same page on a phone screen: the mapped chart scrolls inside its figure, the page does not.
        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        var phoneOverflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "rector-institucion-movil.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 900);
        await page.ReloadAsync();

        // Act 1b: click the 7° bar of the grade chart, where its image-map area says it is.
        var coords = (await page.Locator("map[name=barras-grados] area").Nth(1).GetAttributeAsync("coords"))!.Split(',').Select(int.Parse).ToArray();
        // A plain mouse click at that point of the image, as a user would; the browser resolves it through the map.
        await page.Locator("#grafico-grados").ScrollIntoViewIfNeededAsync();
        var chartBox = (await page.Locator("#grafico-grados").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(chartBox.X + ((coords[0] + coords[2]) / 2f), chartBox.Y + ((coords[1] + coords[3]) / 2f));
        await page.WaitForURLAsync($"**/instituciones/{SeedData.OwnDane}/grados/7/estudiantes*");
        var afterBarClick = page.Url;

        // Act 2: record a búsqueda-activa outcome for the first case.
        await page.GotoAsync($"/instituciones/{SeedData.OwnDane}/busqueda-activa?anio=2025");
        await page.Locator("details.case-form summary").First.ClickAsync(); // the form is folded until asked for
        await page.SelectOptionAsync("#resultado-1", "contactado");
        await page.FillAsync("#fecha-1", "2025-11-14");
        await page.FillAsync("#nota-1", "Se habló con la acudiente");
        await page.Locator("form.case").First.GetByRole(AriaRole.Button, new() { Name = "Guardar" }).ClickAsync();
        await page.WaitForURLAsync("**guardado=1");
        var status = await page.Locator("[role=status]").InnerTextAsync();
        var firstCase = await page.Locator("table.cases tbody tr").First.InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "rector-busqueda-activa.png"), FullPage = true });

        // Act 3: another institution's URL.
        var forbidden = await page.GotoAsync($"/instituciones/{SeedData.OtherDane}");
        var forbiddenHeading = await page.Locator("h1").InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "rector-prohibido.png"), FullPage = true });

        // Assert
        Assert.True(chartWidth > 0, "The chart image did not load in the browser.");
        Assert.True(monthlyWidth > 0, "The monthly chart image did not load in the browser.");
        Assert.True(phoneOverflow <= 0, $"The institution page is {phoneOverflow} px wider than a 390 px phone screen.");
        Assert.Contains($"/instituciones/{SeedData.OwnDane}/grados/7/estudiantes", afterBarClick, StringComparison.Ordinal);
        Assert.Equal("Contacto registrado.", status.Trim());
        Assert.Contains("Contactado", firstCase, StringComparison.Ordinal);
        Assert.Contains("14/11/2025", firstCase, StringComparison.Ordinal);
        Assert.Equal(403, forbidden!.Status);
        Assert.Equal("Acceso no permitido", forbiddenHeading.Trim());
    }

    [SkippableChromiumFact]
    public async Task Secretaria_SeesDashboardChartsAndMonthTable()
    {
        // Arrange
        await using var site = await WebTestSite.StartAsync();
        await using var chromium = await ChromiumPage.OpenAsync(site, 1280, 900);
        var page = chromium.Page;

        // Act
        await ChromiumPage.SignInAsync(page, "secretaria1");
        await page.WaitForURLAsync("**/tablero");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var monthlyWidth = await page.EvalOnSelectorAsync<int>("#grafico-mensual", "img => img.complete ? img.naturalWidth : 0");
        var rankingWidth = await page.EvalOnSelectorAsync<int>("#grafico-ranking", "img => img.complete ? img.naturalWidth : 0");
        var november = await page.GetByRole(AriaRole.Row, new() { Name = "Noviembre" }).InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "secretaria-tablero.png"), FullPage = true });

        // Assert: both chart PNGs decoded in the browser; November 2025 = 3 of 7 (SeedData), 2024 not loaded.
        Assert.Equal(900, monthlyWidth);
        Assert.Equal(900, rankingWidth);
        Assert.Contains("42,86 %", november, StringComparison.Ordinal);
        Assert.Contains("sin datos", november, StringComparison.Ordinal);
    }

    [SkippableChromiumFact]
    public async Task Cobertura_UploadsExtract_AndSeesItListed()
    {
        // Arrange
        await using var site = await WebTestSite.StartAsync();
        await using var chromium = await ChromiumPage.OpenAsync(site, 390, 844);
        var page = chromium.Page;
        var extract = Path.Combine(site.Database.Folder, "matricula_2025-11-01.csv");
        await File.WriteAllTextAsync(extract, "ANO;DANE;GRADO_COD;ESTADO;PER_ID\n2025;154001000011;06;MATRICULADO;123\n");

        // Act
        await ChromiumPage.SignInAsync(page, "cobertura1");
        await page.WaitForURLAsync("**/tablero");
        await page.GotoAsync("/cargas");
        await page.SetInputFilesAsync("#archivo", extract);
        await page.GetByRole(AriaRole.Button, new() { Name = "Subir archivo" }).ClickAsync();
        await page.WaitForURLAsync("**/cargas?guardado=*");
        var listing = await page.Locator("#archivos").InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "cobertura-cargas-movil.png"), FullPage = true });

        // Assert
        Assert.Contains("matricula_2025-11-01.csv", listing, StringComparison.Ordinal);
        Assert.Contains("pendiente", listing, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(site.InboxFolder, "*matricula_2025-11-01.csv"));
    }

    [SkippableChromiumFact]
    public async Task Cobertura_UploadsExtractWithBadRows_AndEndsOnItsSummaryWithRejectsByReason()
    {
        // Arrange: the serve host (Hangfire server + inbox watcher), so the real import job loads the upload.
        await using var site = await WebTestSite.StartWithImportJobsAsync(maxRejectPercent: 70m);
        await using var chromium = await ChromiumPage.OpenAsync(site, 1280, 900);
        var page = chromium.Page;

        // Act 1: log in and upload a SIMAT cut with 8 bad rows of 12 and one warning.
        await ChromiumPage.SignInAsync(page, "cobertura1");
        await page.WaitForURLAsync("**/tablero");
        await page.GotoAsync("/cargas");
        await page.SetInputFilesAsync("#archivo", TestData.PathOf("simat/rejects_mixed_2024-05-31.csv"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Subir archivo" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("guardado=", StringComparison.Ordinal) || SummaryUrl().IsMatch(url));
        // The job may in rare cases finish before the first notice is served; the notice itself is tested in LoadSummaryPageTests.
        var waiting = page.Url.Contains("guardado=", StringComparison.Ordinal) ? await page.Locator("[role=status]").InnerTextAsync() : null;
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "cobertura-carga-en-espera.png"), FullPage = true });

        // Act 2: the page refreshes itself until the job has recorded the load, then shows its summary.
        await page.WaitForURLAsync(SummaryUrl(), new() { Timeout = 90_000 });
        var summary = await page.Locator("#resumen-carga").InnerTextAsync();
        var reasons = await page.Locator("#motivos-rechazo tbody tr").AllInnerTextsAsync();
        var rows = await page.Locator("#filas-rechazadas tbody tr").CountAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "cobertura-carga-resumen.png"), FullPage = true });

        // Assert
        Assert.True(waiting is null || waiting.Contains("se actualiza sola", StringComparison.Ordinal), waiting);
        Assert.Contains("31/05/2024", summary, StringComparison.Ordinal);
        Assert.Contains("Cargado", summary, StringComparison.Ordinal);
        Assert.Equal(9, reasons.Count); // 8 rejection reasons + 1 warning reason, one row each
        Assert.Contains(reasons, r => r.StartsWith("Grado no reconocido", StringComparison.Ordinal) && r.TrimEnd().EndsWith('1'));
        Assert.Contains(reasons, r => r.StartsWith("Estado no reconocido (cargado como OTRO)", StringComparison.Ordinal) && r.Contains("Advertencia", StringComparison.Ordinal));
        Assert.Equal(9, rows);
    }

    [GeneratedRegex("/cargas/[0-9]+\\?subido=1$")]
    private static partial Regex SummaryUrl();
}

/// <summary>A fact skipped, with the reason, when Debian's Chromium is not installed.</summary>
public sealed class SkippableChromiumFactAttribute : FactAttribute
{
    public SkippableChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPage.ExecutablePath))
        {
            Skip = "/usr/bin/chromium is absent: install Debian's chromium package (apt-get install -y chromium) to run the browser tests.";
        }
    }
}
