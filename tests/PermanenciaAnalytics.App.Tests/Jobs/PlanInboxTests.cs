using Microsoft.Extensions.DependencyInjection;
using PermanenciaAnalytics.App.Hosting;
using PermanenciaAnalytics.App.Tests.Hosting;
using PermanenciaAnalytics.Reports.Plans;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Jobs;

[Collection(HangfireHostGroup.Name)]
public sealed class PlanInboxTests
{
    [Fact]
    public async Task Inbox_MovesThePlanToRefusedWithItsReason_WhenTheDaneCodeIsNotInTheCatalogue()
    {
        // Arrange: the catalogue knows another institution only; the template's plan is of 154001000123.
        using var database = new TempSqliteDatabase();
        InstitutionCatalogSeed.Add(database.Target, "154001000999");
        var inbox = Path.Combine(database.Folder, "inbox");
        Directory.CreateDirectory(inbox);
        var template = Path.Combine(database.Folder, "plantilla");
        PlanTemplateWriter.Write(template);
        File.Copy(Path.Combine(template, PlanTemplateWriter.WorkbookFile), Path.Combine(inbox, "plan_ie_ejemplo.xlsx"));

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
        var reason = File.ReadAllText(Path.Combine(inbox, "refused", "plan_ie_ejemplo.xlsx.reason.txt"));
        Assert.Contains("plan_ie_ejemplo.xlsx, columna «Código DANE institución», valor «154001000123»: la institución con código DANE 154001000123 no está en el catálogo", reason, StringComparison.Ordinal);
        Assert.Empty(PlanRepository.LoadYear(database.Target, 2025));
        Assert.Empty(Directory.GetFiles(inbox));
    }
}
