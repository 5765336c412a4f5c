using Dapper;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// A <see cref="WebTestSite"/> whose database also holds a real load of <c>simat/rejects_mixed_2024-05-31.csv</c>
/// (12 rows: 4 loaded, 8 rejected one per reason, 1 warning) made by the real <see cref="ExtractLoader"/>, after a
/// first attempt of the same file refused under the default 10 % cap (<see cref="RefusedLoadId"/>).
/// </summary>
public sealed class LoadedRejectsSiteFixture : IAsyncLifetime
{
    public const string FileName = "rejects_mixed_2024-05-31.csv";

    public WebTestSite Site { get; private set; } = null!;

    public long LoadId { get; private set; }

    public long RefusedLoadId { get; private set; }

    public async Task InitializeAsync()
    {
        Site = await WebTestSite.StartAsync();
        var refused = new ExtractLoader(Site.Database.Target, new LoadOptions { RejectsFolder = Path.Combine(Site.Database.Folder, "rechazos") })
            .Load(TestData.PathOf("simat/" + FileName), ExtractKind.Auto);
        if (refused.Status != LoadStatus.Refused)
        {
            throw new InvalidOperationException("The fixture's first attempt was not refused: " + refused.Message);
        }

        var loader = new ExtractLoader(Site.Database.Target, new LoadOptions
        {
            MaxRejectPercent = 70m,
            RejectsFolder = Path.Combine(Site.Database.Folder, "rechazos"),
        });
        var summary = loader.Load(TestData.PathOf("simat/" + FileName), ExtractKind.Auto);
        if (summary.Status != LoadStatus.Loaded)
        {
            throw new InvalidOperationException("The fixture load was not loaded: " + summary.Message);
        }

        using var connection = Site.Database.Target.Open();
        LoadId = connection.ExecuteScalar<long>("SELECT MAX(load_id) FROM load_ledger WHERE file_name = @FileName AND status = 'loaded'", new { FileName });
        RefusedLoadId = connection.ExecuteScalar<long>("SELECT MAX(load_id) FROM load_ledger WHERE file_name = @FileName AND status = 'refused'", new { FileName });
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
