using PermanenciaAnalytics.Reports.Publishing;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Publishing;

public sealed class PublicationStagingTests
{
    [Fact]
    public void Publish_ReplacesTheWholeVersion_WhenTheVersionIsPublishedAgain()
    {
        // Arrange: a version with a file the new one does not write (as an older layout would have left).
        using var root = new TempFolder();
        var version = Publisher.Publish(PublicationSample.Build(), root.Path);
        File.WriteAllText(Path.Combine(version, "antiguo.csv"), "de otra publicación");

        // Act
        var again = Publisher.Publish(PublicationSample.Build(), root.Path);

        // Assert
        Assert.Equal(version, again);
        Assert.False(File.Exists(Path.Combine(again, "antiguo.csv")));
        Assert.True(File.Exists(Path.Combine(again, "index.html")));
        Assert.Equal([Path.GetFileName(version)], Directory.GetDirectories(root.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Begin_RemovesAKilledRunsStagingFolder_AndRestoresAVersionLeftAsOld()
    {
        // Arrange: a kill mid-write left a staging folder; a kill between the two renames left only the ".old" copy.
        using var root = new TempFolder();
        Directory.CreateDirectory(Path.Combine(root.Path, ".2025-06.abc.tmp"));
        var old = Directory.CreateDirectory(Path.Combine(root.Path, ".2025-06.def.old")).FullName;
        File.WriteAllText(Path.Combine(old, "index.html"), "versión anterior");

        // Act
        using (PublicationStaging.Begin(root.Path, "2025-06"))
        {
        }

        // Assert: the version is back, and nothing else of the version remains once the unused staging is disposed.
        Assert.Equal("versión anterior", File.ReadAllText(Path.Combine(root.Path, "2025-06", "index.html")));
        Assert.Equal(["2025-06"], Directory.GetDirectories(root.Path).Select(Path.GetFileName));
    }
}
