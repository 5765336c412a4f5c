using System.Net;
using System.Text;
using Dapper;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// Búsqueda activa names SIMPADE's reasons in Spanish on the page and in its download (a rector calling a family
/// reads "Desempleo de los padres o acudientes", not the column code); the JSON API keeps the codes for systems.
/// </summary>
public sealed class OutreachReasonLabelsTests : IAsyncLifetime
{
    private const string Code = "DESEMPLEO_DE_LOS_PADRES_O_ACUDIENTES";
    private const string Label = "Desempleo de los padres o acudientes";

    private WebTestSite site = null!;

    public async Task InitializeAsync()
    {
        site = await WebTestSite.StartAsync();
        using var connection = site.Database.Target.Open();

        // S2's SIMPADE row (SeedData) gets a reason from MEN's catalogue beside its two free-text ones.
        connection.Execute("INSERT INTO simpade_dropout_reason (load_id, row_number, reason_code) VALUES (4, 1, @code)", new { code = Code });
    }

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task OutreachPage_ShowsReasonsInSpanish_WhenTheCodeIsInTheCatalogue()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("rectora");

        // Act
        var html = WebUtility.HtmlDecode(await session.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}/busqueda-activa?anio=2025"));

        // Assert: the label replaces the code; a reason outside the catalogue is shown as the extract gave it.
        Assert.Contains(Label, html, StringComparison.Ordinal);
        Assert.DoesNotContain(Code, html, StringComparison.Ordinal);
        Assert.Contains("ECONOMICAS", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutreachDownload_ShowsReasonsInSpanish_WhileTheApiKeepsTheCodes()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("rectora");
        using var api = site.Client();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await site.TokenAsync("rectora"));

        // Act
        var csv = Encoding.UTF8.GetString(await session.Client.GetByteArrayAsync($"/instituciones/{SeedData.OwnDane}/busqueda-activa.csv?anio=2025"));
        var json = await api.GetStringAsync($"/api/institutions/{SeedData.OwnDane}/students/withdrawn?year=2025");

        // Assert
        Assert.Contains(Label, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(Code, csv, StringComparison.Ordinal);
        Assert.Contains(Code, json, StringComparison.Ordinal);
    }
}
