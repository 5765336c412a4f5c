using System.Net;
using Dapper;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Tests.Web.SignIn;

/// <summary>Issue 11's audit gaps, over real HTTP: publication downloads and refused (403) attempts are in the audit log.</summary>
public sealed class AuditGapsTests : IAsyncLifetime
{
    private WebTestSite site = null!;

    public async Task InitializeAsync() => site = await WebTestSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    private List<(string UserName, string Action, string? Institution, string? Detail)> Audit()
    {
        using var connection = site.Database.Target.Open();
        return connection.Query<(string, string, string?, string?)>("SELECT user_name, action, institution_dane, detail FROM audit_log ORDER BY audit_id").ToList();
    }

    [Fact]
    public async Task ForbiddenPage_IsAudited_WhenRectorOpensAnotherInstitution()
    {
        // Arrange
        using var rector = new BrowserlessSession(site);
        using var login = await rector.LoginAsync("rectora");

        // Act
        using var page = await rector.Client.GetAsync($"/instituciones/{SeedData.OtherDane}/busqueda-activa?anio=2025");
        using var api = new HttpRequestMessage(HttpMethod.Get, $"/api/institutions/{SeedData.OtherDane}/indicators?year=2025");
        api.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await site.TokenAsync("rectora"));
        using var apiResponse = await rector.Client.SendAsync(api);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, apiResponse.StatusCode);
        var audit = Audit();
        Assert.Contains(("rectora", "acceso_denegado", SeedData.OtherDane, $"GET /instituciones/{SeedData.OtherDane}/busqueda-activa (StudentList)"), audit);
        Assert.Contains(("rectora", "acceso_denegado", SeedData.OtherDane, $"GET /api/institutions/{SeedData.OtherDane}/indicators (InstitutionView)"), audit);
    }

    [Fact]
    public async Task PublicationDownload_IsAudited_WithVersionInstitutionAndFile()
    {
        // Arrange
        var input = new PublicationInputBuilder(site.Database.Target, new IndicatorEngine(site.Database.Target)).Build(SeedData.Year, 11);
        var version = Path.GetFileName(Publisher.Publish(input, site.PublishFolder).TrimEnd(Path.DirectorySeparatorChar));
        using var rector = new BrowserlessSession(site);
        using var login = await rector.LoginAsync("rectora");

        // Act
        using var response = await rector.Client.GetAsync($"/publicaciones/{version}/{SeedData.OwnDane}/index.html");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(("rectora", "descarga_publicacion", SeedData.OwnDane, $"{version}/{SeedData.OwnDane}/index.html"), Audit());
    }
}
