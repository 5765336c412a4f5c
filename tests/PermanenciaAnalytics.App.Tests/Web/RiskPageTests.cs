using System.Net;
using System.Text.Json;
using Dapper;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// Posibles desertores over real HTTP on the seeded year: institution A's enrolled students at the final cut are S1 (no
/// factor: 0, bajo) and S5 (absent at the June cut, back in November: intermitencia, 20 points in the seeded weights =
/// medio from 20). A rector opens a case for S5, which then is a búsqueda-activa case like a withdrawn student's.
/// </summary>
public sealed class RiskPageTests : IAsyncLifetime
{
    private const string Page = $"/instituciones/{SeedData.OwnDane}/riesgo?anio=2025";
    private const string Cases = $"/instituciones/{SeedData.OwnDane}/busqueda-activa?anio=2025";

    private WebTestSite site = null!;

    public async Task InitializeAsync() => site = await WebTestSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task RiskPage_ShowsEachStudentsScoreBandAndFactorsWithPointsAndTheNoticeThatNothingIsAutomatic_WhenAllBandsAreAsked()
    {
        // Arrange
        using var rector = new BrowserlessSession(site);
        using var login = await rector.LoginAsync("rectora");

        // Act
        var html = WebUtility.HtmlDecode(await rector.Client.GetStringAsync(Page + "&banda=todas"));

        // Assert
        Assert.Contains("Nada automático ocurre a un estudiante por su puntaje.", html, StringComparison.Ordinal);
        Assert.Contains("Posibles desertores 2025: 2 estudiantes", html, StringComparison.Ordinal);
        Assert.Contains("20 · Medio", html, StringComparison.Ordinal);
        Assert.Contains("0 · Bajo", html, StringComparison.Ordinal);
        Assert.Contains("Ausente en un corte y matriculado de nuevo después <span class=\"points\">+20</span>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("20 · Medio", StringComparison.Ordinal) < html.IndexOf("0 · Bajo", StringComparison.Ordinal), "highest score first");
    }

    [Fact]
    public async Task RiskPage_ShowsOnlyTheAltoBand_WhenNoBandIsAsked()
    {
        // Arrange
        using var rector = new BrowserlessSession(site);
        using var login = await rector.LoginAsync("rectora");

        // Act
        var html = WebUtility.HtmlDecode(await rector.Client.GetStringAsync(Page));
        var medio = WebUtility.HtmlDecode(await rector.Client.GetStringAsync(Page + "&banda=medio"));

        // Assert: nobody reaches 40 points in the seed; the medio band holds S5 alone.
        Assert.Contains("Posibles desertores 2025: 0 estudiantes", html, StringComparison.Ordinal);
        Assert.Contains("Ningún estudiante con estos filtros.", html, StringComparison.Ordinal);
        Assert.Contains("Posibles desertores 2025: 1 estudiantes", medio, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenCase_MakesTheStudentABusquedaActivaCaseThatTakesContactsAndIsAudited_WhenTheRectorOpensItFromTheList()
    {
        // Arrange
        using var rector = new BrowserlessSession(site);
        using var login = await rector.LoginAsync("rectora");

        // Act
        using var open = await rector.PostFormAsync(Page, Page, new() { ["estudiante"] = "S5" });
        using var again = await rector.PostFormAsync(Page, Page, new() { ["estudiante"] = "S5" });
        using var contact = await rector.PostFormAsync(Cases, Cases, new()
        {
            ["estudiante"] = "S5", ["resultado"] = "reintegrado", ["fecha"] = "2025-11-20", ["canal"] = "visita",
        });
        var cases = WebUtility.HtmlDecode(await rector.Client.GetStringAsync(Cases));
        var risk = WebUtility.HtmlDecode(await rector.Client.GetStringAsync(Page + "&banda=medio"));

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.EndsWith("abierto=1", open.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.EndsWith("abierto=0", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, contact.StatusCode);
        Assert.Contains("Búsqueda activa 2025: 3 casos", cases, StringComparison.Ordinal);
        Assert.Contains("Posible desertor (riesgo medio)", cases, StringComparison.Ordinal);
        Assert.Contains("Último: Reintegrado (20/11/2025)", cases, StringComparison.Ordinal);
        Assert.DoesNotContain("Abrir caso", risk, StringComparison.Ordinal);
        Assert.Contains(">Cerrado</a>", risk, StringComparison.Ordinal);
        using var connection = site.Database.Target.Open();
        var row = connection.QuerySingle<(string Origin, string State, string RiskBand, string OpenedBy)>(
            "SELECT origin, state, risk_band, opened_by FROM outreach_case WHERE school_year = 2025 AND student_key = 'S5'");
        Assert.Equal(("riesgo", "cerrado", "medio", "rectora"), row);
        var actions = connection.Query<string>("SELECT action FROM audit_log WHERE user_name = 'rectora' ORDER BY audit_id").ToList();
        Assert.Equal(2, actions.Count(a => a == "abrir_caso_riesgo"));
        Assert.Contains("registrar_resultado_busqueda", actions);
        Assert.Contains("ver_posibles_desertores", actions);
    }

    [Fact]
    public async Task OpenCase_ReturnsToTheBandGradeAndPageItWasOpenedFrom_WhenTheFormCarriesThem()
    {
        // Arrange
        using var rector = new BrowserlessSession(site);
        using var login = await rector.LoginAsync("rectora");

        // Act: S5 (grade 7, band medio) opened from "todas", grade 7, page 2 of a longer list.
        using var open = await rector.PostFormAsync(Page, Page, new() { ["estudiante"] = "S5", ["banda"] = "todas", ["grado"] = "7", ["pagina"] = "2" });

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.EndsWith("/riesgo?anio=2025&banda=todas&grado=7&pagina=2&abierto=1", open.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenCase_IsRefusedAndStoresNothing_WhenTheStudentIsNotOnTheInstitutionsList()
    {
        // Arrange: S7 is enrolled at institution B; S2 withdrew from A (already a case, not on the risk list).
        using var rector = new BrowserlessSession(site);
        using var login = await rector.LoginAsync("rectora");

        // Act
        using var other = await rector.PostFormAsync(Page, Page, new() { ["estudiante"] = "S7" });
        using var withdrawn = await rector.PostFormAsync(Page, Page, new() { ["estudiante"] = "S2" });
        using var otherSchool = await rector.PostFormAsync(Page, $"/instituciones/{SeedData.OtherDane}/riesgo?anio=2025", new() { ["estudiante"] = "S7" });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withdrawn.StatusCode);
        Assert.True(otherSchool.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"got {otherSchool.StatusCode}");
        using var connection = site.Database.Target.Open();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM outreach_case"));
    }

    [Fact]
    public async Task RiskApi_ReturnsScoresFactorsAndTheCaseState_WhenAskedWithATokenOfTheInstitutionsRector()
    {
        // Arrange
        using var rector = new BrowserlessSession(site);
        using var login = await rector.LoginAsync("rectora");
        using var open = await rector.PostFormAsync(Page, Page, new() { ["estudiante"] = "S5" });
        var token = await site.TokenAsync("rectora");
        using var client = site.Client();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        // Act
        using var risk = JsonDocument.Parse(await client.GetStringAsync($"/api/institutions/{SeedData.OwnDane}/risk?year=2025"));
        using var cases = JsonDocument.Parse(await client.GetStringAsync($"/api/institutions/{SeedData.OwnDane}/cases?year=2025"));

        // Assert
        var first = risk.RootElement.GetProperty("students")[0];
        Assert.Equal("S5", first.GetProperty("student_key").GetString());
        Assert.Equal(20, first.GetProperty("score").GetInt32());
        Assert.Equal("medio", first.GetProperty("band").GetString());
        Assert.Equal("intermitencia", first.GetProperty("factors")[0].GetProperty("code").GetString());
        Assert.Equal("abierto", first.GetProperty("case_state").GetString());
        var origins = cases.RootElement.EnumerateArray().Select(c => (c.GetProperty("student_key").GetString(), c.GetProperty("origin").GetString())).Order().ToList();
        Assert.Equal([("S2", "retirado"), ("S3", "retirado"), ("S5", "riesgo")], origins);
    }
}
