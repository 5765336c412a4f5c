using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PermanenciaAnalytics.App.Hosting;
using PermanenciaAnalytics.App.Tests.Hosting;
using PermanenciaAnalytics.Reports.Plans;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Jobs;

/// <summary>
/// Hostile files dropped into the inbox of a running <c>serve</c> host (real Hangfire import job and loaders, issue 11):
/// each refusal lands in <c>refused/</c> at once with its <c>.reason.txt</c> — the bomb used to be retried forever —
/// while a UTF-16 cut, once called "binary", is loaded.
/// </summary>
[Collection(HangfireHostGroup.Name)]
public sealed class HostileInboxTests
{
    [Fact]
    public async Task Inbox_SetsEachHostileFileAsideWithItsReason_AndLoadsTheUtf16Cut()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var inbox = Path.Combine(database.Folder, "inbox");
        Directory.CreateDirectory(inbox);
        var template = Path.Combine(database.Folder, "plantilla");
        PlanTemplateWriter.Write(template);
        HostileWorkbooks.Bomb(Path.Combine(inbox, "bomba.xlsx"));
        HostileWorkbooks.BillionLaughs(Path.Combine(template, PlanTemplateWriter.WorkbookFile), Path.Combine(inbox, "risas.xlsx"));
        var sample = File.ReadAllText(TestData.PathOf("simat/plano54_2024-04-30.csv"), Encoding.UTF8).TrimEnd();
        File.WriteAllText(Path.Combine(inbox, "cortado_2024-04-30.csv"), sample[..^120], new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(inbox, "unicode_2024-04-30.csv"), sample + "\r\n", Encoding.Unicode);

        // Act
        await using var app = ServeHost.Build(new ServeOptions
        {
            Database = database.Target,
            Urls = "http://127.0.0.1:0",
            Inbox = inbox,
            RejectsFolder = Path.Combine(database.Folder, "rechazos"),
            InboxRescan = TimeSpan.FromSeconds(1),
        });
        await app.StartAsync();
        var idle = await app.Services.GetRequiredService<PipelineMonitor>().WaitForIdleAsync(TimeSpan.FromMinutes(3), null, CancellationToken.None);
        await app.StopAsync();

        // Assert
        Assert.Equal(0, idle.Failed);
        string Reason(string file) => File.ReadAllText(Path.Combine(inbox, "refused", file + ".reason.txt"));
        Assert.Contains("bomba de descompresión", Reason("bomba.xlsx"), StringComparison.Ordinal);
        Assert.Contains("DTD", Reason("risas.xlsx"), StringComparison.Ordinal);
        Assert.Contains("está incompleto", Reason("cortado_2024-04-30.csv"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(inbox, "processed", "unicode_2024-04-30.csv")));
        Assert.Empty(Directory.GetFiles(inbox));
    }
}
