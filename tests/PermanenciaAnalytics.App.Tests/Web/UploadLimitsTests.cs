using System.Net;
using System.Text;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// Uploads through <c>/cargas</c> on real Kestrel (issue 11): a 44 MB cut under the app's 200 MB setting is saved (it
/// used to hit Kestrel's 30 MB default and answer 500), an over-limit file gets the Spanish 413 page, and one name
/// uploaded twice in the same second is stored twice under different names.
/// </summary>
public sealed class UploadLimitsTests
{
    private static async Task<HttpResponseMessage> UploadAsync(BrowserlessSession session, byte[] content, string name)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(await session.AntiforgeryAsync("/cargas")), "__af");
        form.Add(new ByteArrayContent(content), "archivo", name);
        return await session.Client.PostAsync("/cargas", form);
    }

    /// <summary>A SIMAT cut of about <paramref name="bytes"/>: the sample file's rows repeated.</summary>
    private static byte[] CutOfSize(long bytes)
    {
        var lines = File.ReadAllLines(TestData.PathOf("simat/plano54_2024-04-30.csv"), Encoding.UTF8);
        var text = new StringBuilder(lines[0]).Append("\r\n");
        while (text.Length < bytes)
        {
            text.Append(lines[1 + (text.Length % (lines.Length - 1))]).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Fact]
    public async Task Upload_SavesTheWholeFile_WhenACutOf44MBIsUnderTheAppLimit()
    {
        // Arrange
        await using var site = await WebTestSite.StartAsync();
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("cobertura1");
        var content = CutOfSize(44L * 1024 * 1024);

        // Act
        using var response = await UploadAsync(session, content, "simat_2024-04-30.csv");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = Assert.Single(Directory.GetFiles(site.InboxFolder, "*-simat_2024-04-30.csv"));
        Assert.Equal(content.LongLength, new FileInfo(saved).Length);
    }

    [Fact]
    public async Task Upload_Answers413InSpanishAndSavesNothing_WhenFileIsOverTheLimit()
    {
        // Arrange: a 1 MB limit, so the test need not send 200 MB.
        await using var site = await WebTestSite.StartAsync(configure: b => b.Configuration["Permanencia:MaxUploadBytes"] = "1048576");
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("cobertura1");

        // Act
        using var response = await UploadAsync(session, CutOfSize(3L * 1024 * 1024), "simat_2024-04-30.csv");
        var page = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("<html lang=\"es\">", page, StringComparison.Ordinal);
        Assert.Contains("supera el tamaño máximo permitido (1 MB)", page, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.InboxFolder) && Directory.EnumerateFiles(site.InboxFolder).Any());
    }

    [Fact]
    public async Task Upload_StoresBothFilesUnderDifferentNames_WhenTheSameNameIsUploadedTwiceInOneSecond()
    {
        // Arrange: the site's clock stands still, so both uploads get the same stamp.
        await using var site = await WebTestSite.StartAsync();
        using var first = new BrowserlessSession(site);
        using var second = new BrowserlessSession(site);
        using var login1 = await first.LoginAsync("cobertura1");
        using var login2 = await second.LoginAsync("cobertura1");
        var content = await File.ReadAllBytesAsync(TestData.PathOf("simat/plano54_2024-04-30.csv"));

        // Act: at once, and once more after both.
        var responses = await Task.WhenAll(UploadAsync(first, content, "plano54_2024-04-30.csv"), UploadAsync(second, content, "plano54_2024-04-30.csv"));
        using var third = await UploadAsync(first, content, "plano54_2024-04-30.csv");

        // Assert
        Assert.All([.. responses, third], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var targets = responses.Append(third).Select(r => r.Headers.Location!.OriginalString).ToList();
        Assert.Equal(3, targets.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(3, Directory.GetFiles(site.InboxFolder, "*plano54_2024-04-30.csv").Length);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
