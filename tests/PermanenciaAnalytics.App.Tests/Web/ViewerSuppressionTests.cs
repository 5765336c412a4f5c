using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Security;
using PermanenciaAnalytics.Reports.Indicators;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// Small-cell suppression in web answers (docs/methodology.md §4): exact for cobertura, suppressed for everyone else.
/// The site runs with threshold 2 so the tiny seed has both kinds of group: institution B's grade 7 has 1 student
/// (hidden), its grade 8 has 2 (hidden too, as the complement that protects B's published total of 3); institution
/// A's grades 6 and 7 have 2 students each and are shown.
/// </summary>
public sealed class ViewerSuppressionTests : IAsyncLifetime
{
    private WebTestSite site = null!;

    public async Task InitializeAsync() => site = await WebTestSite.StartAsync(smallCellThreshold: 2);

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task Indicators_HidesSmallGroupAndItsComplement_ButKeepsTheTotal_WhenViewerIsSecretaria()
    {
        // Act
        using var json = await GetJson("secretaria1", $"/api/institutions/{SeedData.OtherDane}/indicators?year=2025");
        var root = json.RootElement;

        // Assert: B total 3 enrolled, 1 dropout, no transfer → 33.33 %, from the engine's institution row.
        Assert.Equal((3L, 1L, 0L, 33.33m, false), (root.GetProperty("enrolled").GetInt64(), root.GetProperty("dropouts").GetInt64(),
            root.GetProperty("transfers_out").GetInt64(), root.GetProperty("dropout_rate").GetDecimal(), root.GetProperty("suppressed").GetBoolean()));
        var grades = root.GetProperty("grades").EnumerateArray().ToList();
        Assert.Equal([7, 8], grades.Select(g => g.GetProperty("grade").GetInt32()));
        Assert.All(grades, g =>
        {
            Assert.True(g.GetProperty("suppressed").GetBoolean());
            Assert.Equal(JsonValueKind.Null, g.GetProperty("enrolled").ValueKind);
            Assert.Equal(JsonValueKind.Null, g.GetProperty("dropouts").ValueKind);
            Assert.Equal(JsonValueKind.Null, g.GetProperty("dropout_rate").ValueKind);
        });
    }

    [Fact]
    public async Task Indicators_ShowsExactCounts_WhenViewerIsCobertura()
    {
        // Act
        using var json = await GetJson("cobertura1", $"/api/institutions/{SeedData.OtherDane}/indicators?year=2025");

        // Assert: B grade 7 = S4 (1, no dropout); grade 8 = S6, S7 (2, S6 vanished).
        var grades = json.RootElement.GetProperty("grades").EnumerateArray()
            .Select(g => (g.GetProperty("grade").GetInt32(), g.GetProperty("enrolled").GetInt64(), g.GetProperty("dropouts").GetInt64(), g.GetProperty("suppressed").GetBoolean()))
            .ToList();
        Assert.Equal([(7, 1L, 0L, false), (8, 2L, 1L, false)], grades);
    }

    [Fact]
    public async Task Indicators_ShowsGroupsAtTheThreshold_ToTheRector()
    {
        // Act
        using var json = await GetJson("rectora", $"/api/institutions/{SeedData.OwnDane}/indicators?year=2025");

        // Assert: A grades 6 and 7 have 2 students each: at the threshold, shown.
        var grades = json.RootElement.GetProperty("grades").EnumerateArray()
            .Select(g => (g.GetProperty("grade").GetInt32(), g.GetProperty("enrolled").GetInt64(), g.GetProperty("suppressed").GetBoolean()))
            .ToList();
        Assert.Equal([(6, 2L, false), (7, 2L, false)], grades);
    }

    [Theory]
    [InlineData(UserRole.Rector, 3, true)]     // a rector's own grades of 2 students, under a threshold of 3
    [InlineData(UserRole.Rector, 2, false)]
    [InlineData(UserRole.Secretaria, 3, true)]
    [InlineData(UserRole.Admin, 3, true)]
    [InlineData(UserRole.Cobertura, 3, false)]  // cobertura alone sees exact counts
    public void Query_SuppressesPerRole_WhenGroupsAreUnderTheThreshold(UserRole role, int threshold, bool hidden)
    {
        // Arrange
        var viewer = new ClaimsPrincipal(PermanenciaClaims.Identity("usuario", role, role == UserRole.Rector ? SeedData.OwnDane : null, "prueba"));
        var reader = new ViewerIndicatorReader(new IndicatorEngine(site.Database.Target), viewer, threshold);

        // Act
        var grades = reader.ByInstitutionAndGrade(SeedData.Year, SeedData.OwnDane);
        var total = reader.Query(SeedData.Year, IndicatorDimension.Institution, SeedData.OwnDane).Single();

        // Assert: A's grades 6 and 7 have 2 students each; A's total (4) is at or over every threshold used here.
        Assert.Equal([hidden, hidden], grades.Select(g => g.Suppressed));
        Assert.Equal(hidden ? [0L, 0L] : [2L, 2L], grades.Select(g => g.Enrolled));
        Assert.Equal((4L, false), (total.Enrolled, total.Suppressed));
    }

    [Fact]
    public void Query_Suppresses_WhenNoOneIsSignedIn()
    {
        // Arrange
        var reader = new ViewerIndicatorReader(new IndicatorEngine(site.Database.Target), null, 3);

        // Act
        var grades = reader.ByInstitutionAndGrade(SeedData.Year, SeedData.OwnDane);

        // Assert
        Assert.All(grades, g => Assert.True(g.Suppressed));
    }

    [Fact]
    public async Task CsvExport_LeavesSuppressedCountsEmpty_WhenViewerIsSecretaria()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        await session.LoginAsync("secretaria1");

        // Act
        var csv = await session.Client.GetStringAsync($"/instituciones/{SeedData.OtherDane}/indicadores.csv?anio=2025");

        // Assert
        Assert.Equal(
            ["year,institution_dane,grade,enrolled,dropouts,transfers_out,dropout_rate", "2025,154001000022,7,,,,", "2025,154001000022,8,,,,"],
            csv.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task CsvExport_HasExactCounts_WhenViewerIsCobertura()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        await session.LoginAsync("cobertura1");

        // Act
        var csv = await session.Client.GetStringAsync($"/instituciones/{SeedData.OtherDane}/indicadores.csv?anio=2025");

        // Assert
        Assert.Equal(
            ["year,institution_dane,grade,enrolled,dropouts,transfers_out,dropout_rate", "2025,154001000022,7,1,0,0,0.00", "2025,154001000022,8,2,1,0,50.00"],
            csv.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private async Task<JsonDocument> GetJson(string user, string path)
    {
        using var client = site.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await site.TokenAsync(user));
        return JsonDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
    }
}
