using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using PermanenciaAnalytics.App.Hosting;
using PermanenciaAnalytics.App.Tests.Hosting;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Jobs;

/// <summary>
/// What the demo prints when a job failed: its panel name and its error, read from the host's real Hangfire storage
/// (in memory, gone with the process, so the panel link alone told a user nothing afterwards).
/// </summary>
[Collection(HangfireHostGroup.Name)]
public sealed class PipelineMonitorTests
{
    [Fact]
    public async Task Failures_NameEachFailedJobWithItsError_WhenAJobFailedForGood()
    {
        // Arrange: the real serve host with an empty inbox, and one job that fails with no retry.
        using var database = new TempSqliteDatabase();
        await using var app = ServeHost.Build(TestServeOptions.For(database));
        await app.StartAsync();
        var monitor = app.Services.GetRequiredService<PipelineMonitor>();
        var id = app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue(() => FailingProbeJob.Run("2025"));

        // Act
        var outcome = await monitor.WaitForJobAsync(id, TimeSpan.FromMinutes(2), CancellationToken.None);
        var failures = monitor.Failures();
        await app.StopAsync();

        // Assert: the display name with its argument, and the exception's message.
        Assert.Equal("Failed", outcome.State);
        Assert.Equal([new FailedJob("Recalcular de prueba 2025", "No se pudo: base ocupada (prueba).")], failures);
    }
}

/// <summary>A job that always fails, once: what a recompute that lost the write lock looked like in the job panel.</summary>
public static class FailingProbeJob
{
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Recalcular de prueba {0}")]
    public static void Run(string year) => throw new InvalidOperationException("No se pudo: base ocupada (prueba).");
}
