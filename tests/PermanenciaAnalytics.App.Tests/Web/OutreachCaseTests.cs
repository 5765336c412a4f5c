using System.Net;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>Búsqueda activa as cases over real HTTP: contacts accumulate, closing results close, filters narrow.</summary>
public sealed class OutreachCaseTests : IAsyncLifetime
{
    private const string Page = $"/instituciones/{SeedData.OwnDane}/busqueda-activa?anio=2025";

    private WebTestSite site = null!;

    public async Task InitializeAsync() => site = await WebTestSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task RegisterContact_ShowsBothContactsNewestFirstAndKeepsTheCaseInFollowUp_WhenTwoContactsArePosted()
    {
        // Arrange
        using var rector = new BrowserlessSession(site);
        using var login = await rector.LoginAsync("rectora");

        // Act
        using var first = await PostAsync(rector, "S2", "no_contesta", "2025-11-03", "llamada", "Primera nota");
        using var second = await PostAsync(rector, "S2", "contactado", "2025-11-05", "whatsapp", "Segunda nota");
        var html = WebUtility.HtmlDecode(await rector.Client.GetStringAsync(Page));

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var newer = html.IndexOf("05/11/2025 · WhatsApp · Contactado", StringComparison.Ordinal);
        var older = html.IndexOf("03/11/2025 · Llamada · No contesta / número errado", StringComparison.Ordinal);
        Assert.True(newer > 0 && older > newer, "both contacts are in the history, newest first");
        Assert.Contains("Segunda nota", html, StringComparison.Ordinal);
        Assert.Contains("Primera nota", html, StringComparison.Ordinal);
        Assert.Contains("<strong>En seguimiento</strong><br><small>Último: Contactado (05/11/2025)</small>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterContact_ClosesTheCase_WhenTheResultIsAClosingOne()
    {
        // Arrange
        using var rector = new BrowserlessSession(site);
        using var login = await rector.LoginAsync("rectora");
        using var first = await PostAsync(rector, "S3", "contactado", "2025-11-03", "visita", null, Today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        // Act
        using var closing = await PostAsync(rector, "S3", "cambio_pais", "2025-11-04", "llamada", null);
        var closed = WebUtility.HtmlDecode(await rector.Client.GetStringAsync(Page + "&estado=cerrado"));
        var open = WebUtility.HtmlDecode(await rector.Client.GetStringAsync(Page + "&estado=abierto"));

        // Assert: S3 is closed (its planned call dropped); S2, never contacted, is still abierto.
        Assert.Equal(HttpStatusCode.Redirect, closing.StatusCode);
        Assert.Contains(": 1 casos de 2", closed, StringComparison.Ordinal);
        Assert.Contains("SANTIAGO", closed, StringComparison.Ordinal);
        Assert.Contains("<strong>Cerrado</strong><br><small>Último: Cambio de país (04/11/2025)</small>", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("Próxima llamada:", closed, StringComparison.Ordinal);
        Assert.Contains("VALENTINA", open, StringComparison.Ordinal);
        Assert.DoesNotContain("SANTIAGO", open, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutreachPage_ListsOnlyTheCallsDueInPageAndDownload_WhenFilteredByLlamarVencidas()
    {
        // Arrange: S2's next call is today (due); S3's is in a week (not due).
        using var rector = new BrowserlessSession(site);
        using var login = await rector.LoginAsync("rectora");
        var today = Today();
        using var due = await PostAsync(rector, "S2", "contactado", "2025-11-03", "llamada", null, today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        using var later = await PostAsync(rector, "S3", "remitido_icbf", "2025-11-03", "visita", null, today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        // Act
        var page = WebUtility.HtmlDecode(await rector.Client.GetStringAsync(Page + "&llamar=vencidas"));
        var csv = await rector.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}/busqueda-activa.csv?anio=2025&llamar=vencidas");
        var followUp = WebUtility.HtmlDecode(await rector.Client.GetStringAsync(Page + "&estado=en-seguimiento"));

        // Assert
        Assert.Contains(": 1 casos de 2", page, StringComparison.Ordinal);
        Assert.Contains("VALENTINA", page, StringComparison.Ordinal);
        Assert.DoesNotContain("SANTIAGO", page, StringComparison.Ordinal);
        Assert.Contains("busqueda-activa.csv?anio=2025&llamar=vencidas", page, StringComparison.Ordinal);
        Assert.Contains("VALENTINA", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("SANTIAGO", csv, StringComparison.Ordinal);
        Assert.Contains(": 2 casos de 2", followUp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterContact_IsRefusedAndNothingIsStored_WhenTheCaseBelongsToAnotherInstitution()
    {
        // Arrange
        using var rector = new BrowserlessSession(site);
        using var login = await rector.LoginAsync("rectora");
        var other = $"/instituciones/{SeedData.OtherDane}/busqueda-activa?anio=2025";

        // Act: S6 is institution B's case — posted to the rector's own page, then to B's page.
        using var throughOwn = await PostAsync(rector, "S6", "contactado", "2025-11-03", "llamada", null);
        using var throughOther = await rector.PostFormAsync(Page, other, Fields("S6", "contactado", "2025-11-03", "llamada", null, null));
        using var cobertura = new BrowserlessSession(site);
        using var login2 = await cobertura.LoginAsync("cobertura1");
        var otherPage = WebUtility.HtmlDecode(await cobertura.Client.GetStringAsync(other));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, throughOwn.StatusCode);
        Assert.True(throughOther.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"got {throughOther.StatusCode}");
        Assert.Contains("Sin contactos registrados.", otherPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Último:", otherPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutreachPage_ShowsEveryPhoneOfTheCaseNewestFirstInPageAndDownload_WhenExtractsGaveDifferentNumbers()
    {
        // Arrange: S2's June extract gave 3157654321, the March one 3001112233.
        using var rector = new BrowserlessSession(site);
        using var login = await rector.LoginAsync("rectora");

        // Act
        var html = WebUtility.HtmlDecode(await rector.Client.GetStringAsync(Page));
        var csv = await rector.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}/busqueda-activa.csv?anio=2025");

        // Assert
        Assert.Contains("<a href=\"tel:3157654321\">3157654321</a><br><a href=\"tel:3001112233\">3001112233</a>", html, StringComparison.Ordinal);
        Assert.Contains("3157654321 / 3001112233", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstitutionPage_CountsTheClosedCasesByResultApartFromTheRate_WhenTheSchoolClosedCases()
    {
        // Arrange: S2 closed as traslado fuera, S3 as fallecido; the SIMAT-derived rate stays A's 50,00 %.
        using var rector = new BrowserlessSession(site);
        using var login = await rector.LoginAsync("rectora");
        using var first = await PostAsync(rector, "S2", "trasladado_fuera", "2025-11-03", "llamada", null);
        using var second = await PostAsync(rector, "S3", "fallecido", "2025-11-04", "visita", null);
        using var secretaria = new BrowserlessSession(site);
        using var login2 = await secretaria.LoginAsync("secretaria1");

        // Act
        var html = WebUtility.HtmlDecode(await rector.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}?anio=2025"));
        var secretariaHtml = WebUtility.HtmlDecode(await secretaria.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}?anio=2025"));

        // Assert
        Assert.Contains("<tr><th scope=\"row\">Trasladado fuera del municipio</th><td class=\"num\">1</td><td class=\"num\">0</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Fallecido</th><td class=\"num\">1</td><td class=\"num\">0</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Reintegrado</th>", html, StringComparison.Ordinal);
        Assert.Contains("50,00 %", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Verificado por la institución", secretariaHtml, StringComparison.Ordinal);
    }

    private DateOnly Today() => DateOnly.FromDateTime(site.Clock.GetLocalNow().DateTime);

    private static Task<HttpResponseMessage> PostAsync(BrowserlessSession session, string student, string result, string date, string channel, string? note, string? next = null) =>
        session.PostFormAsync(Page, Page, Fields(student, result, date, channel, note, next));

    private static Dictionary<string, string> Fields(string student, string result, string date, string channel, string? note, string? next)
    {
        var fields = new Dictionary<string, string> { ["estudiante"] = student, ["resultado"] = result, ["fecha"] = date, ["canal"] = channel };
        if (note is not null)
        {
            fields["nota"] = note;
        }

        if (next is not null)
        {
            fields["proxima"] = next;
        }

        return fields;
    }
}
