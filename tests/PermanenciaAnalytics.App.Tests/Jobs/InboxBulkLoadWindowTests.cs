using Dapper;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.Logging.Abstractions;
using PermanenciaAnalytics.App.Jobs;
using PermanenciaAnalytics.App.Jobs.Pipeline;
using PermanenciaAnalytics.Synthetic;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Jobs;

/// <summary>
/// A year's cuts dropped in the inbox together load without the student-keyed indexes: the first import opens the
/// bulk-load window, the last one closes it and the indexes are back as the migrations define them.
/// </summary>
public sealed class InboxBulkLoadWindowTests : IDisposable
{
    private readonly TempSqliteDatabase database = new();
    private readonly InMemoryStorage storage = new();
    private readonly InboxFolders folders;
    private readonly InboxInFlight inFlight = new();
    private readonly InboxImportJob job;

    public InboxBulkLoadWindowTests()
    {
        folders = new InboxFolders(Path.Combine(database.Folder, "inbox"));
        folders.EnsureExist();
        var backlog = new ImportBacklog(folders, inFlight);
        var importer = new ExtractLoaderImporter(database.Target, new ImportSettings(10m, Path.Combine(database.Folder, "rechazos")));
        job = new InboxImportJob(folders, inFlight, importer, new RecomputeScheduler(new BackgroundJobClient(storage), backlog),
            NullLogger<InboxImportJob>.Instance, new BulkLoadWindowAdapter(database.Target), backlog);
    }

    public void Dispose()
    {
        storage.Dispose();
        database.Dispose();
    }

    [Fact]
    public void Run_LoadsARunOfCutsWithoutIndexesAndRebuildsThemAfterTheLast_WhenTheyWaitTogether()
    {
        // Arrange: two cuts of 15,000 rows each (about 12 MB) wait in the inbox.
        using var connection = database.Target.Open();
        var before = connection.Query<string>(LoadIndexes.Definitions).ToList();
        SyntheticYearGenerator.WriteFlatSimat(folders.PathOf("simat_2025-03-31.csv"), 15_000);
        SyntheticYearGenerator.WriteFlatSimat(folders.PathOf("simat_2025-04-30.csv"), 15_000, seed: 2);
        inFlight.TryAdd("simat_2025-03-31.csv");
        inFlight.TryAdd("simat_2025-04-30.csv");

        // Act
        var first = job.Run("simat_2025-03-31.csv", CancellationToken.None);
        var afterFirst = connection.Query<string>(LoadIndexes.Definitions).ToList();
        var second = job.Run("simat_2025-04-30.csv", CancellationToken.None);

        // Assert
        Assert.Equal(ImportStatus.Loaded, first?.Status);
        Assert.Equal(ImportStatus.Loaded, second?.Status);
        Assert.Empty(afterFirst);
        Assert.Equal(before, connection.Query<string>(LoadIndexes.Definitions).ToList());
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM deferred_index"));
        Assert.Equal(30_000, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM enrollment"));
    }

    [Fact]
    public void Run_KeepsTheIndexes_WhenOneFileArrivesAlone()
    {
        // Arrange
        using var connection = database.Target.Open();
        var before = connection.Query<string>(LoadIndexes.Definitions).ToList();
        SyntheticYearGenerator.WriteFlatSimat(folders.PathOf("simat_2025-03-31.csv"), 2_000);
        inFlight.TryAdd("simat_2025-03-31.csv");

        // Act
        var result = job.Run("simat_2025-03-31.csv", CancellationToken.None);

        // Assert
        Assert.Equal(ImportStatus.Loaded, result?.Status);
        Assert.Equal(before, connection.Query<string>(LoadIndexes.Definitions).ToList());
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM deferred_index"));
    }

    [Fact]
    public void Run_ClosesTheWindow_WhenTheLastFileOfTheRunIsRefused()
    {
        // Arrange: a large cut and a file that is no extract at all wait together.
        using var connection = database.Target.Open();
        var before = connection.Query<string>(LoadIndexes.Definitions).ToList();
        SyntheticYearGenerator.WriteFlatSimat(folders.PathOf("simat_2025-03-31.csv"), 15_000);
        SyntheticYearGenerator.WriteFlatSimat(folders.PathOf("simat_2025-04-30.csv"), 15_000, seed: 2);
        File.WriteAllText(folders.PathOf("zz_no_es_un_extracto.csv"), "hola;mundo\r\n1;2\r\n");
        foreach (var name in new[] { "simat_2025-03-31.csv", "simat_2025-04-30.csv", "zz_no_es_un_extracto.csv" })
        {
            inFlight.TryAdd(name);
        }

        // Act
        var loaded = new[] { job.Run("simat_2025-03-31.csv", CancellationToken.None), job.Run("simat_2025-04-30.csv", CancellationToken.None) };
        var openBeforeTheLast = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM deferred_index");
        var refused = job.Run("zz_no_es_un_extracto.csv", CancellationToken.None);

        // Assert
        Assert.All(loaded, r => Assert.Equal(ImportStatus.Loaded, r?.Status));
        Assert.True(openBeforeTheLast > 0);
        Assert.Equal(ImportStatus.Refused, refused?.Status);
        Assert.Equal(before, connection.Query<string>(LoadIndexes.Definitions).ToList());
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM deferred_index"));
    }
}
