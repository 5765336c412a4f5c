using Dapper;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using PermanenciaAnalytics.App.Hosting;
using PermanenciaAnalytics.App.Jobs;
using PermanenciaAnalytics.App.Tests.Hosting;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Synthetic;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Jobs;

/// <summary>Inbox file → Hangfire import job (real loader) → recompute job → indicators; refused files → refused/.</summary>
[Collection(HangfireHostGroup.Name)]
public sealed class PipelineEndToEndTests
{
    [Fact]
    public async Task InboxFiles_AreLoadedAndRecomputedThroughHangfire_WhenTheServerRuns()
    {
        using var database = new TempSqliteDatabase();
        var inbox = Path.Combine(database.Folder, "inbox");
        var year = new SyntheticYearGenerator(new SyntheticYearOptions { Students = 1500, Institutions = 6, Cuts = 3, Seed = 11 }).WriteTo(inbox);
        File.WriteAllText(Path.Combine(inbox, "no_es_un_extracto.csv"), "hola;mundo\r\n1;2\r\n");
        await using var app = ServeHost.Build(TestServeOptions.For(database, inbox));
        await app.StartAsync();
        var monitor = app.Services.GetRequiredService<PipelineMonitor>();

        var idle = await monitor.WaitForIdleAsync(TimeSpan.FromMinutes(4), null, CancellationToken.None);

        Assert.Equal(0, idle.Failed);
        Assert.Equal(4, idle.Processed);
        Assert.Equal(1, idle.Refused);
        Assert.True(File.Exists(Path.Combine(inbox, "processed", "simat_2025-04-30.csv")));
        Assert.Contains("no_es_un_extracto.csv", await File.ReadAllTextAsync(Path.Combine(inbox, "refused", "no_es_un_extracto.csv.reason.txt")), StringComparison.Ordinal);
        using (var connection = database.Target.Open())
        {
            Assert.Equal(4, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM load_ledger WHERE status = 'loaded'"));
            Assert.Equal(year.SimatCuts.Sum(c => c.Rows) + year.SimpadeRows, connection.ExecuteScalar<long>("SELECT SUM(rows_read) FROM load_ledger WHERE status = 'loaded'"));
            Assert.Equal(
                connection.ExecuteScalar<long>("SELECT SUM(rows_loaded) FROM load_ledger WHERE status = 'loaded' AND kind = 'simat'"),
                connection.ExecuteScalar<long>("SELECT COUNT(*) FROM enrollment"));
        }

        // The recompute job already ran; recomputing again is idempotent and returns what the indicators see.
        var outcomes = OutcomeRecomputer.Recompute(database.Target, 2025);
        Assert.Equal(year.Truth.UniverseEnrolled, outcomes.StudentsInUniverse);
        Assert.Equal(year.Truth.UniverseDropouts, outcomes.Dropouts);

        var jobs = app.Services.GetRequiredService<IBackgroundJobClient>();
        var publishId = jobs.Enqueue<MonthlyPublishJob>(job => job.Run(2025, 4, CancellationToken.None));
        var published = await monitor.WaitForJobAsync(publishId, TimeSpan.FromMinutes(3), CancellationToken.None);
        Assert.True(published.Succeeded, published.Message);
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(database.Folder, "publicaciones"), "index.html", SearchOption.AllDirectories));

        await app.StopAsync();
    }

    [Fact]
    public async Task InboxImportJob_SkipsAndMovesTheFile_WhenTheSameFileArrivesAgain()
    {
        using var database = new TempSqliteDatabase();
        var inbox = Path.Combine(database.Folder, "inbox");
        var year = new SyntheticYearGenerator(new SyntheticYearOptions { Students = 300, Institutions = 2, Cuts = 2, Seed = 5, WriteSimpade = false }).WriteTo(inbox);
        var copy = File.ReadAllBytes(year.SimatCuts[0].Path);
        await using var app = ServeHost.Build(new ServeOptions { Database = database.Target, Urls = "http://127.0.0.1:0", Inbox = inbox, RejectsFolder = Path.Combine(database.Folder, "rechazos") });
        await app.StartAsync();
        var monitor = app.Services.GetRequiredService<PipelineMonitor>();
        await monitor.WaitForIdleAsync(TimeSpan.FromMinutes(3), null, CancellationToken.None);

        await File.WriteAllBytesAsync(Path.Combine(inbox, "copia_simat_2025-02-28.csv"), copy);
        var jobs = app.Services.GetRequiredService<IBackgroundJobClient>();
        var id = jobs.Enqueue<InboxImportJob>(job => job.Run("copia_simat_2025-02-28.csv", CancellationToken.None));
        var outcome = await monitor.WaitForJobAsync(id, TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.True(File.Exists(Path.Combine(inbox, "processed", "copia_simat_2025-02-28.csv")));
        using var connection = database.Target.Open();
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM load_ledger WHERE status = 'loaded'"));
        await app.StopAsync();
    }
}
