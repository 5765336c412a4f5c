using System.Net;
using ClosedXML.Excel;
using PermanenciaAnalytics.Reports.Plans;

namespace PermanenciaAnalytics.App.Tests.Web;

public sealed class PlanPageTests : IAsyncLifetime
{
    private WebTestSite site = null!;
    private string template = null!;

    public async Task InitializeAsync()
    {
        site = await WebTestSite.StartAsync();
        template = Path.Combine(site.Database.Folder, "plantilla");
        PlanTemplateWriter.Write(template);
    }

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task Upload_StoresThePlan_WhenRectorFilesOwnInstitution()
    {
        // Arrange: the template's example plan (filed 10 August, on time), rewritten for the rector's institution.
        var workbook = Workbook("plan_propio.xlsx", SeedData.OwnDane);
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("rectora");
        site.Clock.Now = new DateTimeOffset(2025, 8, 10, 15, 0, 0, TimeSpan.Zero);

        // Act
        using var response = await Post(session, SeedData.OwnDane, workbook);
        var page = await session.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}/plan?anio=2025");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Plan 2025: <strong>A tiempo</strong> (radicado el 10/08/2025): 1 factores de riesgo, 1 estrategias, 1 metas, 1 seguimientos mensuales.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_RefusesThePlan_WhenItBelongsToAnotherInstitution()
    {
        // Arrange: a valid plan, but for the other institution.
        var workbook = Workbook("plan_ajeno.xlsx", SeedData.OtherDane);
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("rectora");

        // Act
        using var response = await Post(session, SeedData.OwnDane, workbook);
        var html = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"el plan es de la institución {SeedData.OtherDane}; aquí solo se carga el plan de {SeedData.OwnDane}", html, StringComparison.Ordinal);
        Assert.Contains("Plan 2025: <strong>Sin plan</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_RecordsAndReplacesAMonth_WhenRectorSubmitsTheForm()
    {
        // Arrange: the rector's plan is loaded (its example follow-up is for one month).
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("rectora");
        using (await Post(session, SeedData.OwnDane, Workbook("plan_propio.xlsx", SeedData.OwnDane)))
        {
        }

        var page = $"/instituciones/{SeedData.OwnDane}/plan?anio=2025";
        var action = $"/instituciones/{SeedData.OwnDane}/plan/seguimiento?anio=2025";
        Dictionary<string, string> Month9(string contacted) => new()
        {
            ["mes"] = "9", ["riesgo"] = "12", ["contactados"] = contacted, ["reintegrados"] = "3",
            ["estrategias"] = "Búsqueda activa, PAE", ["notas"] = "Visitas en el barrio",
        };

        // Act: record September, then correct it.
        using var first = await session.PostFormAsync(page, action, Month9("8"));
        using var second = await session.PostFormAsync(page, action, Month9("9"));
        var html = await session.Client.GetStringAsync(page);

        // Assert: one September row, with the corrected count.
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Contains("<th scope=\"row\">septiembre</th><td class=\"num\">12</td><td class=\"num\">9</td><td class=\"num\">3</td><td>Búsqueda activa, PAE</td><td>Visitas en el barrio</td>", html, StringComparison.Ordinal);
        // Once in the hand-typed history (the table after it is the months derived from the cases).
        Assert.Equal(1, CountOccurrences(html[..html.IndexOf("según los casos de búsqueda activa", StringComparison.Ordinal)], "<th scope=\"row\">septiembre</th>"));
        Assert.Contains("2 seguimientos mensuales", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ShowsEachMonthsContactedAndReturnedFromTheCases_WhenContactsAreRecorded()
    {
        // Arrange: the rector's plan is loaded; CaseScenario's contacts (A: June 1 contactado and 1 reintegrado; November only a no contesta).
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("rectora");
        using (await Post(session, SeedData.OwnDane, Workbook("plan_propio.xlsx", SeedData.OwnDane)))
        {
        }

        CaseScenario.Record(site.Database.Target);

        // Act
        var html = WebUtility.HtmlDecode(await session.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}/plan?anio=2025&mes=6"));

        // Assert: the derived table, and the form on June pre-filled with June's derived figures.
        var derived = html[html.IndexOf("según los casos de búsqueda activa", StringComparison.Ordinal)..];
        Assert.Contains("<th scope=\"row\">junio</th><td class=\"num\">1</td><td class=\"num\">1</td>", derived, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">noviembre</th><td class=\"num\">0</td><td class=\"num\">0</td>", derived, StringComparison.Ordinal);
        Assert.Contains("<option value=\"6\" selected>junio</option>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"contactados\" name=\"contactados\" type=\"number\" min=\"0\" step=\"1\" required value=\"1\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"reintegrados\" name=\"reintegrados\" type=\"number\" min=\"0\" step=\"1\" required value=\"1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_PrefillsTheFormWithThisMonthsCaseFigures_WhenNoMonthIsAsked()
    {
        // Arrange: today is 15 November 2025 in Bogotá; in November A's cases reached nobody (S2: no contesta).
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("rectora");
        using (await Post(session, SeedData.OwnDane, Workbook("plan_propio.xlsx", SeedData.OwnDane)))
        {
        }

        CaseScenario.Record(site.Database.Target);
        site.Clock.Now = new DateTimeOffset(2025, 11, 15, 15, 0, 0, TimeSpan.Zero);

        // Act
        var html = WebUtility.HtmlDecode(await session.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}/plan?anio=2025"));

        // Assert
        Assert.Contains("<option value=\"11\" selected>noviembre</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"6\" selected>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"contactados\" type=\"number\" min=\"0\" step=\"1\" required value=\"0\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"reintegrados\" type=\"number\" min=\"0\" step=\"1\" required value=\"0\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_IsRefused_WhenTheInstitutionHasNoPlan()
    {
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("cobertura1");
        var page = $"/instituciones/{SeedData.OtherDane}/plan?anio=2025";

        using var response = await session.PostFormAsync(page, $"/instituciones/{SeedData.OtherDane}/plan/seguimiento?anio=2025",
            new() { ["mes"] = "9", ["riesgo"] = "1", ["contactados"] = "1", ["reintegrados"] = "0" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("error=sinplan", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_KeepsTheLatePlanLate_WhenTheRectorReuploadsItWithAnEarlierDeclaredDate()
    {
        // Arrange: first received 1 September (after the 14 August deadline).
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("rectora");
        site.Clock.Now = new DateTimeOffset(2025, 9, 1, 15, 0, 0, TimeSpan.Zero);
        using (await Post(session, SeedData.OwnDane, Workbook("plan_propio.xlsx", SeedData.OwnDane)))
        {
        }

        var corrected = Workbook("plan_corregido.xlsx", SeedData.OwnDane, declaredOn: "2025-08-05");
        site.Clock.Now = new DateTimeOffset(2025, 9, 10, 15, 0, 0, TimeSpan.Zero);

        // Act
        using var response = await Post(session, SeedData.OwnDane, corrected);
        var page = await session.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}/plan?anio=2025");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Plan 2025: <strong>Tarde</strong> (radicado el 01/09/2025; fecha declarada 05/08/2025)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_KeepsTheFollowUpsRecordedOnTheWeb_WhenANewVersionOfThePlanIsUploaded()
    {
        // Arrange: plan loaded, September recorded through the form.
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("rectora");
        using (await Post(session, SeedData.OwnDane, Workbook("plan_propio.xlsx", SeedData.OwnDane)))
        {
        }

        var page = $"/instituciones/{SeedData.OwnDane}/plan?anio=2025";
        using (await session.PostFormAsync(page, $"/instituciones/{SeedData.OwnDane}/plan/seguimiento?anio=2025",
            new() { ["mes"] = "9", ["riesgo"] = "7", ["contactados"] = "5", ["reintegrados"] = "2", ["estrategias"] = "", ["notas"] = "" }))
        {
        }

        // Act: a new version of the workbook (another declared date, so another file).
        using var response = await Post(session, SeedData.OwnDane, Workbook("plan_v2.xlsx", SeedData.OwnDane, declaredOn: "2025-08-12"));
        var html = await session.Client.GetStringAsync(page);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("<th scope=\"row\">septiembre</th><td class=\"num\">7</td><td class=\"num\">5</td><td class=\"num\">2</td>", html, StringComparison.Ordinal);
        Assert.Contains("2 seguimientos mensuales", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_RefusesThePlanWithAClearMessage_WhenTheDaneCodeIsNotInTheCatalogue()
    {
        // Arrange: cobertura files a plan for a code SIMAT never listed.
        const string unknown = "154001999999";
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("cobertura1");

        // Act
        using var response = await Post(session, unknown, Workbook("plan_desconocido.xlsx", unknown));
        var html = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("El plan no se cargó", html, StringComparison.Ordinal);
        Assert.Contains($"plan_{unknown}.xlsx, columna «Código DANE institución», valor «{unknown}»: la institución con código DANE {unknown} no está en el catálogo de instituciones cargado del SIMAT", html, StringComparison.Ordinal);
        Assert.Contains("Plan 2025: <strong>Sin plan</strong>", html, StringComparison.Ordinal);
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Theory]
    [InlineData("rectora", HttpStatusCode.Forbidden)]
    [InlineData("secretaria1", HttpStatusCode.OK)]
    [InlineData("cobertura1", HttpStatusCode.OK)]
    public async Task Page_IsForTheSecretariaCoberturaAndTheOwnRector_Only(string user, HttpStatusCode expected)
    {
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync(user);

        using var response = await session.Client.GetAsync(new Uri($"/instituciones/{SeedData.OtherDane}/plan", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Page_ShowsThePlanWithoutForms_WhenTheSecretariaReadsIt()
    {
        using (var rector = new BrowserlessSession(site))
        using (await rector.LoginAsync("rectora"))
        using (var uploaded = await Post(rector, SeedData.OwnDane, Workbook("plan-leido.xlsx", SeedData.OwnDane)))
        {
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }

        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("secretaria1");

        var html = await session.Client.GetStringAsync(new Uri($"/instituciones/{SeedData.OwnDane}/plan?anio=2025", UriKind.Relative));

        Assert.Contains("radicado el", html, StringComparison.Ordinal);
        Assert.Contains("Seguimiento mensual", html, StringComparison.Ordinal);
        Assert.Contains("solo lectura", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Cargar plan</button>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("action=\"/instituciones/" + SeedData.OwnDane + "/plan/seguimiento", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_DownloadsTheWorkbookWithItsValidationLists_WhenTheRectorAsks()
    {
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("rectora");

        using var response = await session.Client.GetAsync(new Uri($"/instituciones/{SeedData.OwnDane}/plan/plantilla.xlsx", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(new MemoryStream(bytes));
        Assert.Contains(book.Worksheets, sheet => sheet.Name == PlanTemplateWriter.ListsSheet);
        Assert.Equal(File.ReadAllBytes(Path.Combine(template, PlanTemplateWriter.WorkbookFile)), bytes);
    }

    private string Workbook(string name, string dane, string? declaredOn = null)
    {
        var path = Path.Combine(site.Database.Folder, name);
        using var book = new XLWorkbook(Path.Combine(template, PlanTemplateWriter.WorkbookFile));
        book.Worksheet("Plan").Cell(2, 1).SetValue(dane);
        if (declaredOn is not null)
        {
            book.Worksheet("Plan").Cell(2, 4).SetValue(declaredOn);
        }

        book.SaveAs(path);
        return path;
    }

    private static async Task<HttpResponseMessage> Post(BrowserlessSession session, string dane, string workbook)
    {
        var page = $"/instituciones/{dane}/plan?anio=2025";
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(await session.AntiforgeryAsync(page)), "__af");
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(workbook)), "plan", Path.GetFileName(workbook));
        return await session.Client.PostAsync(new Uri(page, UriKind.Relative), form);
    }
}
