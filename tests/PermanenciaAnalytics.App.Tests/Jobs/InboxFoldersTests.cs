using PermanenciaAnalytics.App.Jobs;

namespace PermanenciaAnalytics.App.Tests.Jobs;

public sealed class InboxFoldersTests
{
    [Fact]
    public void MoveToRefused_WritesReasonBesideTheFile_WhenAFileIsRefused()
    {
        var folders = new InboxFolders(Directory.CreateTempSubdirectory("permanencia-inbox-").FullName);
        folders.EnsureExist();
        File.WriteAllText(folders.PathOf("malo.csv"), "hola;mundo\n");

        var moved = folders.MoveToRefused("malo.csv", "malo.csv: no es un extracto reconocible.");

        Assert.Equal(Path.Combine(folders.Refused, "malo.csv"), moved);
        Assert.Equal("malo.csv: no es un extracto reconocible.", File.ReadAllText(moved + ".reason.txt").Trim());
        Assert.Empty(folders.Pending());
        Directory.Delete(folders.Inbox, recursive: true);
    }

    [Fact]
    public void MoveToProcessed_KeepsBothFiles_WhenTheSameNameWasProcessedBefore()
    {
        var folders = new InboxFolders(Directory.CreateTempSubdirectory("permanencia-inbox-").FullName);
        folders.EnsureExist();
        File.WriteAllText(folders.PathOf("simat_2025-02-28.csv"), "uno");
        folders.MoveToProcessed("simat_2025-02-28.csv");
        File.WriteAllText(folders.PathOf("simat_2025-02-28.csv"), "dos");

        folders.MoveToProcessed("simat_2025-02-28.csv");

        var contents = Directory.EnumerateFiles(folders.Processed).Select(File.ReadAllText).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["dos", "uno"], contents);
        Directory.Delete(folders.Inbox, recursive: true);
    }

    [Theory]
    [InlineData("../fuera.csv")]
    [InlineData("sub/dentro.csv")]
    [InlineData("")]
    public void PathOf_Refuses_WhenTheNameLeavesTheInbox(string name)
    {
        var folders = new InboxFolders(Path.GetTempPath());

        Assert.Throws<ArgumentException>(() => folders.PathOf(name));
    }
}
