using System.Globalization;
using System.Text;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.Etl.Loading;

namespace PermanenciaAnalytics.App.Tests.Web;

public sealed class InboxFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("permanencia-inbox-").FullName;

    // Upload time, original name, the cut date the loader must read from the saved name (empty: none, so it is refused).
    public static TheoryData<string, string, string> Uploads() => new()
    {
        { "2026-11-28T01:30:00", "simat_2024-05-31.csv", "2024-05-31" },
        { "2020-01-31T20:19:05", "matricula 20240430.csv", "2024-04-30" },
        { "2019-12-31T23:59:59", "sin_fecha.csv", "" },
        { "2024-03-31T20:24:03", "SIMAT corte.txt", "" },
    };

    [Theory]
    [MemberData(nameof(Uploads))]
    public async Task SaveAsync_KeepsOnlyTheOriginalNamesCutDate_WhenStampingTheUpload(string uploadedAt, string originalName, string expectedCut)
    {
        // Arrange
        var inbox = new InboxFolder(root);
        var now = DateTime.Parse(uploadedAt, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("ANO;DANE\n"));

        // Act
        var saved = await inbox.SaveAsync(originalName, content, now, CancellationToken.None);

        // Assert
        var expected = expectedCut.Length == 0 ? (DateOnly?)null : DateOnly.ParseExact(expectedCut, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(expected, CutDateResolver.FromFileName(saved));
        Assert.True(File.Exists(Path.Combine(root, saved)));
    }

    [Fact]
    public async Task Find_TellsWhereAnUploadIs_AndRefusesPathsOutsideTheInbox()
    {
        // Arrange
        var inbox = new InboxFolder(root);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("x\n"));
        var saved = await inbox.SaveAsync("a_2024-05-31.csv", content, new DateTime(2026, 11, 28, 1, 2, 3, DateTimeKind.Utc), CancellationToken.None);
        Directory.CreateDirectory(Path.Combine(root, "refused"));
        await File.WriteAllTextAsync(Path.Combine(root, "refused", "b.csv"), "y\n");
        await File.WriteAllTextAsync(Path.Combine(root, "refused", "b.csv.reason.txt"), "b.csv: está vacío\n");

        // Act
        var pending = inbox.Find(saved);
        var refused = inbox.Find("b.csv");
        var outside = inbox.Find("../" + Path.GetFileName(root) + "/" + saved);

        // Assert
        Assert.Equal("pendiente", pending?.State);
        Assert.Equal(("rechazado", "b.csv: está vacío"), (refused?.State, refused?.Reason));
        Assert.Null(outside);
        Assert.Null(inbox.Find("no_existe.csv"));
    }

    [Fact]
    public async Task FindAndList_ShowAFileAsPending_WhileAWorkerHoldsItsClaim()
    {
        // Arrange: the upload is saved, then a worker claims it (renames it into .processing/{worker}/).
        var inbox = new InboxFolder(root);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("x\n"));
        var uploadedAt = new DateTime(2026, 11, 28, 1, 2, 3, DateTimeKind.Utc);
        var saved = await inbox.SaveAsync("a_2024-05-31.csv", content, uploadedAt, CancellationToken.None);
        Assert.True(new App.Jobs.InboxFolders(root).TryClaim(saved));
        Assert.False(File.Exists(Path.Combine(root, saved)));

        // Act
        var found = inbox.Find(saved);
        var listed = inbox.List();
        using var again = new MemoryStream(Encoding.UTF8.GetBytes("x\n"));
        var second = await inbox.SaveAsync("a_2024-05-31.csv", again, uploadedAt, CancellationToken.None);

        // Assert: not "missing" while it imports, listed once, the claim's heartbeat is not a file of the inbox,
        // and a second upload in the same second does not take the claimed file's name.
        Assert.Equal("pendiente", found?.State);
        Assert.Equal([saved], listed.Where(f => f.Name == saved).Select(f => f.Name).ToArray());
        Assert.DoesNotContain(listed, f => f.Name.StartsWith('.'));
        Assert.NotEqual(saved, second);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
