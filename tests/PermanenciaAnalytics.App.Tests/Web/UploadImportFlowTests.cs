using System.Net;
using ClosedXML.Excel;
using Dapper;
using PermanenciaAnalytics.App.Tests.Hosting;
using PermanenciaAnalytics.Reports.Plans;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// Upload form → inbox → real Hangfire <c>InboxImportJob</c> and loader (the <c>serve</c> host) → the redirect target
/// follows the file until its load page, over plain HTTP (the browser version is in <see cref="BrowserEndToEndTests"/>).
/// </summary>
[Collection(HangfireHostGroup.Name)]
public sealed class UploadImportFlowTests
{
    [Fact]
    public async Task Upload_EndsOnItsLoadSummaryWithRejectsByReason_WhenTheImportJobHasRun()
    {
        // Arrange
        await using var site = await WebTestSite.StartWithImportJobsAsync(maxRejectPercent: 70m);
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("cobertura1");

        // Act
        var target = await UploadAsync(session, TestData.PathOf("simat/rejects_mixed_2024-05-31.csv"));
        var (loadPath, summary) = await FollowUntilLoadPageAsync(session, target);
        var uploads = await session.Client.GetStringAsync("/cargas");

        // Assert: the cut comes from the original name, not from the upload stamp.
        Assert.Contains("<th scope=\"row\">Fecha de corte</th><td>31/05/2024</td>", summary, StringComparison.Ordinal);
        Assert.Contains("terminó.</p>", summary, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Filas rechazadas</th><td class=\"num\">8</td>", summary, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Grado no reconocido</th><td><code>unknown_grade</code></td><td>Rechazada</td><td class=\"num\">1</td></tr>", summary, StringComparison.Ordinal);
        var processed = Path.GetFileName(Assert.Single(Directory.GetFiles(Path.Combine(site.InboxFolder, "processed"), "*-rejects_mixed_2024-05-31.csv")));
        Assert.Equal("/cargas?guardado=" + processed, target);
        Assert.Contains($"<a href=\"{loadPath}\">{processed}</a></td><td>procesado</td>", uploads, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_LoadsAPlanWorkbookThroughTheImportJob_WhenTheFileIsTheFilledTemplate()
    {
        // Arrange: the template's example plan, for the seeded institution.
        await using var site = await WebTestSite.StartWithImportJobsAsync(maxRejectPercent: 10m);
        var template = Path.Combine(site.Database.Folder, "plantilla");
        PlanTemplateWriter.Write(template);
        var workbook = Path.Combine(site.Database.Folder, "plan_simon_bolivar.xlsx");
        using (var book = new XLWorkbook(Path.Combine(template, PlanTemplateWriter.WorkbookFile)))
        {
            book.Worksheet("Plan").Cell(2, 1).SetValue(SeedData.OwnDane);
            book.SaveAs(workbook);
        }

        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("cobertura1");

        // Act
        var target = await UploadAsync(session, workbook);
        var (_, summary) = await FollowUntilLoadPageAsync(session, target);

        // Assert
        Assert.Contains("<th scope=\"row\">Tipo</th><td>Plan de permanencia</td>", summary, StringComparison.Ordinal);
        Assert.Contains(">Cargado</span>", summary, StringComparison.Ordinal);
        Assert.Matches("<th scope=\"row\">Año escolar</th><td>20[0-9]{2}</td>", summary);
        using var connection = site.Database.Target.Open();
        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM plan_header WHERE institution_dane = @dane", new { dane = SeedData.OwnDane }));
    }

    private static async Task<string> UploadAsync(BrowserlessSession session, string path)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(await session.AntiforgeryAsync("/cargas")), "__af");
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(path)), "archivo", Path.GetFileName(path));
        using var response = await session.Client.PostAsync("/cargas", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Does what the browser does with the notice's refresh, until the redirect to the load page.</summary>
    private static async Task<(string LoadPath, string Page)> FollowUntilLoadPageAsync(BrowserlessSession session, string target)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await session.Client.GetAsync(target);
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                var location = response.Headers.Location!.OriginalString;
                Assert.Matches("^/cargas/[0-9]+\\?subido=1$", location);
                return (location.Split('?')[0], await session.Client.GetStringAsync(location));
            }

            Assert.Contains("<meta http-equiv=\"refresh\" content=\"3\" />", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await Task.Delay(TimeSpan.FromMilliseconds(300));
        }

        throw new TimeoutException($"{target} never led to a load page.");
    }
}
