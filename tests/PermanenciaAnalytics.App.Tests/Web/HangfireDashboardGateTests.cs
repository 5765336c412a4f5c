using System.Net;
using Dapper;

namespace PermanenciaAnalytics.App.Tests.Web;

public sealed class HangfireDashboardGateTests
{
    [Fact]
    public async Task Dashboard_AnswersTheSpanish403PageAndAudits_WhenASignedInNonAdminOpensIt()
    {
        // Arrange
        await using var site = await WebTestSite.StartWithImportJobsAsync(maxRejectPercent: 10m);
        using var session = new BrowserlessSession(site);
        await session.LoginAsync("cobertura1");

        // Act
        using var response = await session.Client.GetAsync("/hangfire");
        var html = await response.Content.ReadAsStringAsync();

        // Assert: the product's own page, not Hangfire's bare status; the attempt is in the audit log.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Acceso no permitido", html, StringComparison.Ordinal);
        using var connection = site.Database.Target.Open();
        Assert.Equal(1, connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'acceso_denegado' AND user_name = 'cobertura1' AND detail LIKE '%/hangfire%'"));
    }
}
