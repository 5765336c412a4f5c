using Microsoft.Playwright;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>Debian's headless Chromium driven by Playwright, with one page on a test site, and the sign-in form.</summary>
public sealed class ChromiumPage : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private ChromiumPage(IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.playwright = playwright;
        this.browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    public static async Task<ChromiumPage> OpenAsync(WebTestSite site, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(site);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Args = Arguments, Headless = true });
        var page = await browser.NewPageAsync(new() { BaseURL = site.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        // These tests check what a page does, not how fast: on two cores shared with the rest of the suite, an
        // institution page's load event (its chart images) once took over Playwright's default 30 s.
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        return new ChromiumPage(playwright, browser, page);
    }

    /// <summary>Signs in through the real login form, as a person would.</summary>
    public static async Task SignInAsync(IPage page, string user)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/login");
        await page.GetByLabel("Usuario").FillAsync(user);
        await page.GetByLabel("Contraseña").FillAsync(SeedData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ingresar" }).ClickAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
