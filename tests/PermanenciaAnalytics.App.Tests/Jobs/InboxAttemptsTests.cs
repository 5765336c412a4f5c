using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.Logging.Abstractions;
using PermanenciaAnalytics.App.Jobs;
using PermanenciaAnalytics.App.Jobs.Pipeline;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Tests.Jobs;

/// <summary>
/// A file whose import keeps failing is set aside in <c>refused/</c> with its reason after its last attempt, instead of
/// being re-queued forever (issue 11). The failure is real: the database path is a folder, so every load fails to open it.
/// </summary>
public sealed class InboxAttemptsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("permanencia-attempts-").FullName;
    private readonly InboxFolders folders;
    private readonly InboxImportJob job;

    public InboxAttemptsTests()
    {
        folders = new InboxFolders(Path.Combine(root, "inbox"));
        folders.EnsureExist();
        var unopenable = Directory.CreateDirectory(Path.Combine(root, "base.db")).FullName;
        var importer = new ExtractLoaderImporter(DatabaseTarget.FromConnectionString($"Data Source={unopenable}"), new ImportSettings(10m, Path.Combine(root, "rechazos")));
        var jobs = new BackgroundJobClient(new InMemoryStorage());
        job = new InboxImportJob(folders, new InboxInFlight(), importer, new RecomputeScheduler(jobs), NullLogger<InboxImportJob>.Instance);
        File.WriteAllText(folders.PathOf("simat_2025-02-28.csv"), "ANO;DANE;GRADO_COD;ESTADO;PER_ID\n2025;154001000101;6;MATRICULADO;1\n");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Run_SetsTheFileAsideWithItsReason_WhenTheLastAttemptFails()
    {
        // Act: the first attempts throw (Hangfire retries them); the last one sets the file aside.
        var early = Enumerable.Range(1, InboxImportJob.MaxAttempts - 1)
            .Select(_ => Record.Exception(() => job.Run("simat_2025-02-28.csv", CancellationToken.None)))
            .ToList();
        var last = job.Run("simat_2025-02-28.csv", CancellationToken.None);

        // Assert
        Assert.All(early, e => Assert.Contains("intento", Assert.IsType<InvalidOperationException>(e).Message, StringComparison.Ordinal));
        Assert.Equal(ImportStatus.Refused, last!.Status);
        Assert.Empty(folders.Pending());
        var reason = File.ReadAllText(Path.Combine(folders.Refused, "simat_2025-02-28.csv.reason.txt"));
        Assert.Contains($"{InboxImportJob.MaxAttempts} intentos", reason, StringComparison.Ordinal);
        Assert.Contains("simat_2025-02-28.csv", reason, StringComparison.Ordinal);
        Assert.False(Directory.EnumerateFiles(Path.Combine(folders.Inbox, ".attempts")).Any());
    }

    [Fact]
    public void Run_SetsTheFileAsideWithoutTryingAgain_WhenEarlierAttemptsKilledTheProcess()
    {
        // Arrange: three attempts began and none ended (the process died each time, as with an out-of-memory file).
        var attempts = new InboxAttempts(folders);
        for (var i = 0; i < InboxImportJob.MaxAttempts; i++)
        {
            attempts.Begin("simat_2025-02-28.csv");
        }

        // Act
        var result = job.Run("simat_2025-02-28.csv", CancellationToken.None);

        // Assert
        Assert.Equal(ImportStatus.Refused, result!.Status);
        Assert.Contains("el proceso terminó", File.ReadAllText(Path.Combine(folders.Refused, "simat_2025-02-28.csv.reason.txt")), StringComparison.Ordinal);
    }
}
