using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using PermanenciaAnalytics.App.Jobs;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>The plan-deadline job's latest result reaches the municipal dashboard (issue 11: it reached only the log).</summary>
public sealed class DashboardPlanDeadlineTests
{
    [Fact]
    public async Task Dashboard_ShowsTheLatestPlanDeadlineRun_AfterTheJobRan()
    {
        // Arrange: the seeded site has two institutions and no plan, so both are missing; a first view before the run.
        await using var site = await WebTestSite.StartAsync(configure: builder => builder.Configuration["Permanencia:SqlStatementHeaders"] = "true");
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("secretaria1");
        var before = await session.Client.GetStringAsync(new Uri("/tablero?anio=2025", UriKind.Relative));
        var job = new PlanDeadlineJob(site.Database.Target,
            new PlanDeadlineNotifier(site.Database.Target, null, NullLogger<PlanDeadlineNotifier>.Instance), NullLogger<PlanDeadlineJob>.Instance);

        // Act
        var report = job.Run(2025, new DateOnly(2025, 8, 14));
        using var after = await session.Client.GetAsync(new Uri("/tablero?anio=2025", UriKind.Relative));
        var html = await after.Content.ReadAsStringAsync();
        using var again = await session.Client.GetAsync(new Uri("/tablero?anio=2025", UriKind.Relative));

        // Assert: the new run shows at once (the cache is keyed on the data version the run bumped); once cached, a view
        // stays within the dashboard's budget of 10 statements (the first view after a new version rebuilds every cache).
        Assert.Contains("aún no se ha ejecutado", before, StringComparison.Ordinal);
        Assert.Contains("Revisión de plazos de planes", html, StringComparison.Ordinal);
        Assert.Contains($"año lectivo 2025 (fecha límite 14/08/2025): {report.Missing.Count} sin plan, 0 tardíos.", html, StringComparison.Ordinal);
        Assert.True(report.Missing.Count > 0);
        Assert.InRange(int.Parse(again.Headers.GetValues("X-Sql-Statements").Single(), CultureInfo.InvariantCulture), 1, 10);
    }
}
