using System.Net.Http.Headers;

namespace PermanenciaAnalytics.App.Tests.Web;

public sealed class PrivacyLogTests
{
    [Fact]
    public async Task Logs_HoldNoStudentPersonalData_AfterFullScenarioAtTraceLevel()
    {
        // Arrange
        await using var site = await WebTestSite.StartAsync();
        using var rector = new BrowserlessSession(site);
        using var cobertura = new BrowserlessSession(site);
        var outreach = $"/instituciones/{SeedData.OwnDane}/busqueda-activa?anio=2025";

        // Act: every path that touches student-level data, by page and by API, plus a failed login and an upload.
        using (await rector.LoginAsync("rectora", "clave-equivocada"))
        using (await rector.LoginAsync("rectora"))
        {
        }

        var listHtml = await rector.Client.GetStringAsync(outreach);
        await rector.Client.GetStringAsync(outreach + "&grado=6");
        using (await rector.PostFormAsync(outreach, outreach, new Dictionary<string, string>
        {
            ["estudiante"] = "S3", ["resultado"] = "no_localizado", ["fecha"] = "2025-11-12", ["nota"] = "Sin respuesta",
        }))
        {
        }

        await rector.Client.GetByteArrayAsync($"/instituciones/{SeedData.OwnDane}/grafico.png?anio=2025");
        await rector.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}/indicadores.csv?anio=2025");
        using (await cobertura.LoginAsync("cobertura1"))
        {
        }

        var token = await site.TokenAsync("cobertura1");
        cobertura.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var apiJson = await cobertura.Client.GetStringAsync($"/api/institutions/{SeedData.OtherDane}/students/withdrawn?year=2025");
        await cobertura.Client.GetStringAsync($"/api/institutions/{SeedData.OwnDane}/students/withdrawn?year=2025");

        // Assert: the data really flowed through the app, yet no log line carries it.
        Assert.Contains("VALENTINA QUINTERO ROJAS", listHtml, StringComparison.Ordinal);
        Assert.Contains("MARIANA", apiJson, StringComparison.Ordinal);
        var logs = site.Logs.Lines;
        Assert.True(logs.Count > 50, $"Only {logs.Count} log lines were captured; the capture is not wired.");
        foreach (var value in SeedData.PersonalValues)
        {
            var leaking = logs.Where(l => l.Contains(value, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(leaking.Count == 0, $"'{value}' appears in the logs: {leaking.FirstOrDefault()}");
        }

        Assert.DoesNotContain(logs, l => l.Contains(SeedData.Password, StringComparison.Ordinal));
    }
}
