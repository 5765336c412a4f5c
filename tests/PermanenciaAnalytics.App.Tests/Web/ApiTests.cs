using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PermanenciaAnalytics.App.Tests.Web;

public sealed class ApiTests : IAsyncLifetime
{
    private WebTestSite site = null!;

    public async Task InitializeAsync() => site = await WebTestSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task Token_Returns401_WhenPasswordIsWrong()
    {
        // Arrange
        using var client = site.Client();

        // Act
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { user = "rectora", password = "otra-clave-123" });

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("token\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("indicators", "abc")]
    [InlineData("indicators", "1999")]
    [InlineData("students/withdrawn", "2025.0")]
    public async Task Api_Returns400WithASpanishMessage_WhenYearIsNotAValidYear(string route, string year)
    {
        // Arrange
        var token = await site.TokenAsync("rectora");
        using var client = site.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        // Act
        using var response = await client.GetAsync($"/api/institutions/{SeedData.OwnDane}/{route}?year={Uri.EscapeDataString(year)}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert: refused, never answered with the current year's data.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"year='{year}' no es un año lectivo válido", json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicators_ReturnsHandComputedTotalsAndGrades_ForOwnInstitution()
    {
        // Arrange
        var token = await site.TokenAsync("rectora");
        using var client = site.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        // Act
        using var response = await client.GetAsync($"/api/institutions/{SeedData.OwnDane}/indicators?year=2025");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        // Assert: see SeedData for the hand computation (A: 4 enrolled, 2 dropouts, 1 transfer out).
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, root.GetProperty("enrolled").GetInt64());
        Assert.Equal(2, root.GetProperty("dropouts").GetInt64());
        Assert.Equal(1, root.GetProperty("transfers_out").GetInt64());
        Assert.Equal(50.00m, root.GetProperty("dropout_rate").GetDecimal());
        var grades = root.GetProperty("grades").EnumerateArray()
            .Select(g => (g.GetProperty("grade").GetInt32(), g.GetProperty("enrolled").GetInt64(), g.GetProperty("dropouts").GetInt64(), g.GetProperty("transfers_out").GetInt64()))
            .ToList();
        Assert.Equal([(6, 2L, 1L, 0L), (7, 2L, 1L, 1L)], grades);
    }

    [Fact]
    public async Task Indicators_CountsTransferInTheReceivingInstitution_ForCobertura()
    {
        // Arrange
        var token = await site.TokenAsync("cobertura1");
        using var client = site.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        // Act
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/institutions/{SeedData.OtherDane}/indicators?year=2025"));

        // Assert: B = S4 (grade 7, arrived by transfer) + S6, S7 (grade 8); S6 vanished → 1 of 3 = 33.33.
        Assert.Equal(3, json.RootElement.GetProperty("enrolled").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("dropouts").GetInt64());
        Assert.Equal(33.33m, json.RootElement.GetProperty("dropout_rate").GetDecimal());
    }

    [Fact]
    public async Task Withdrawn_ListsRetiredAndVanishedStudentsWithLatestContact_ForOwnRector()
    {
        // Arrange
        var token = await site.TokenAsync("rectora");
        using var client = site.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        // Act
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/institutions/{SeedData.OwnDane}/students/withdrawn?year=2025"));
        var students = json.RootElement.EnumerateArray().ToList();

        // Assert: S2 (retired) and S3 (vanished); not S4 (enrolled at B), not S5 (back at the final cut).
        Assert.Equal(new[] { "S2", "S3" }, students.Select(s => s.GetProperty("student_key").GetString() ?? "").ToArray());
        var s2 = students[0];
        Assert.Equal("VALENTINA QUINTERO ROJAS", s2.GetProperty("full_name").GetString());
        Assert.Equal("3157654321", s2.GetProperty("phone").GetString());
        Assert.Equal("2025-06-01", s2.GetProperty("last_cut_seen").GetString());
        Assert.Equal("RETIRADO", s2.GetProperty("last_status").GetString());
        Assert.Equal(new[] { "CAMBIO DOMICILIO", "ECONOMICAS" }, s2.GetProperty("simpade_reasons").EnumerateArray().Select(r => r.GetString() ?? "").ToArray());
        Assert.Equal("2025-03-01", students[1].GetProperty("last_cut_seen").GetString());
    }

    [Fact]
    public async Task Token_IsRefusedWithCorrectPassword_AfterFiveFailuresUntilLockoutEnds()
    {
        // Arrange
        using var client = site.Client();
        for (var i = 0; i < 5; i++)
        {
            using var bad = await client.PostAsJsonAsync("/api/auth/token", new { user = "secretaria1", password = "equivocada-" + i });
            Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        }

        // Act
        using var whileLocked = await client.PostAsJsonAsync("/api/auth/token", new { user = "secretaria1", password = SeedData.Password });
        site.Clock.Now += TimeSpan.FromMinutes(16);
        using var afterLock = await client.PostAsJsonAsync("/api/auth/token", new { user = "secretaria1", password = SeedData.Password });

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, whileLocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterLock.StatusCode);
    }

    [Fact]
    public async Task Indicators_Returns401_WhenTokenExpiredOrTampered()
    {
        // Arrange
        var token = await site.TokenAsync("cobertura1");
        using var client = site.Client();
        var tampered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        // Act
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tampered);
        using var tamperedResponse = await client.GetAsync($"/api/institutions/{SeedData.OwnDane}/indicators?year=2025");
        site.Clock.Now += TimeSpan.FromHours(2);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var expiredResponse = await client.GetAsync($"/api/institutions/{SeedData.OwnDane}/indicators?year=2025");

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, tamperedResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expiredResponse.StatusCode);
    }
}
