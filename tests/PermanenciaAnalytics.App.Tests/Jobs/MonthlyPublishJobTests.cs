using Microsoft.Extensions.Logging.Abstractions;
using PermanenciaAnalytics.App.Jobs;
using PermanenciaAnalytics.App.Jobs.Pipeline;
using PermanenciaAnalytics.App.Tests.Cli;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Jobs;

public sealed class MonthlyPublishJobTests
{
    [Fact]
    public void RunForLatestData_PublishesNothingAndSaysWhy_WhenNoDataIsLoaded()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var output = Path.Combine(database.Folder, "publicaciones");
        var job = Job(database, output);

        // Act
        var result = job.RunForLatestData(CancellationToken.None);

        // Assert: formerly the clock's previous month was published as an empty version.
        Assert.True(result.Succeeded);
        Assert.Contains("No se publicó nada", result.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public async Task RunForLatestData_PublishesTheMonthTheDataStandAt_WhenAYearIsRecomputed()
    {
        // Arrange: last cut 2025-10-31 (see IndicatorsCommandTests.Seed).
        using var database = new TempSqliteDatabase();
        IndicatorsCommandTests.Seed(database);
        Assert.Equal(0, (await IndicatorsCommandTests.Run("recompute", "--year", "2025", "--db", database.ConnectionString)).Exit);
        var output = Path.Combine(database.Folder, "publicaciones");
        var job = Job(database, output);

        // Act
        var result = job.RunForLatestData(CancellationToken.None);

        // Assert
        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(["2025-10"], Directory.GetDirectories(output).Select(Path.GetFileName));
    }

    private static MonthlyPublishJob Job(TempSqliteDatabase database, string output) =>
        new(new PublicationServiceRunner(database.Target), new PublishSettings(output, TimeZoneInfo.Utc, "0 6 1 * *"), database.Target, NullLogger<MonthlyPublishJob>.Instance);
}
