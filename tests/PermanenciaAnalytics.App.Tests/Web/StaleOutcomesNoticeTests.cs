using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Web;

public sealed class StaleOutcomesNoticeTests : IAsyncLifetime
{
    private const string Notice = "Las cifras de 2025 se están recalculando con la última carga SIMAT";

    private WebTestSite site = null!;

    public async Task InitializeAsync() => site = await WebTestSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task Dashboard_SaysTheFiguresAreBeingRecomputed_UntilTheOutcomesIncludeANewerLoad()
    {
        // Arrange: the seeded year is current; then the CLI loads a 2025 Anexo 6A cut into the database this server reads.
        using var session = new BrowserlessSession(site);
        await session.LoginAsync("secretaria1");
        var before = await session.Client.GetStringAsync("/tablero?anio=2025");
        var loader = new ExtractLoader(site.Database.Target, new LoadOptions { RejectsFolder = Path.Combine(site.Database.Folder, "rejects") });
        Assert.Equal(LoadStatus.Loaded, loader.Load(TestData.PathOf("anexo6a/anexo6a_2025-03-31.csv"), ExtractKind.Simat).Status);

        // Act
        var stale = await session.Client.GetStringAsync("/tablero?anio=2025");
        OutcomeRecomputer.Recompute(site.Database.Target, 2025);
        var after = await session.Client.GetStringAsync("/tablero?anio=2025");

        // Assert
        Assert.DoesNotContain(Notice, before, StringComparison.Ordinal);
        Assert.Contains(Notice, stale, StringComparison.Ordinal);
        Assert.DoesNotContain(Notice, after, StringComparison.Ordinal);
    }
}
