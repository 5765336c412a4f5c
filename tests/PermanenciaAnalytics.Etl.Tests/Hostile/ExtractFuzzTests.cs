using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Etl.Tests.Loading;
using Xunit.Abstractions;

namespace PermanenciaAnalytics.Etl.Tests.Hostile;

/// <summary>
/// Every case of <see cref="ExtractCorpus"/> through the real loader into a real SQLite file (issue 11): it ends in a
/// clean load or a clean refusal naming the file, never an exception, a refusal leaves no data rows, and the memory the
/// load allocates stays bounded (measured on the test's thread, where the load runs).
/// </summary>
public sealed class ExtractFuzzTests(CleanExtracts clean, ITestOutputHelper output) : IClassFixture<CleanExtracts>
{
    /// <summary>A 10 MB field costs its UTF-8 buffer and one UTF-16 string; nothing may cost the size of a bomb.</summary>
    private const long AllocationBound = 160L * 1024 * 1024;

    public static TheoryData<string> Cases() => new(ExtractCorpus.Cases());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_EndsInACleanLoadOrRefusal_WhenTheFileIsHostileOrBroken(string name)
    {
        // Arrange
        var path = ExtractCorpus.Build(clean, name);
        using var fixture = new LoadFixture();

        // Act
        var before = GC.GetAllocatedBytesForCurrentThread();
        var summary = fixture.Loader.Load(path, ExtractKind.Auto);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Assert
        output.WriteLine($"{name}: {summary.Status}, {summary.RowsRead} read, {summary.RowsLoaded} loaded, {allocated / 1024 / 1024} MB allocated; {summary.Message}");
        Assert.True(allocated < AllocationBound, $"{name} allocated {allocated:N0} bytes");
        Assert.Contains(summary.Status, new[] { LoadStatus.Loaded, LoadStatus.Refused });
        Assert.Contains(Path.GetFileName(path), summary.Message, StringComparison.Ordinal);
        if (summary.Status == LoadStatus.Refused)
        {
            Assert.Contains("rechazado", summary.Message, StringComparison.Ordinal);
            Assert.Equal(0, fixture.Count("enrollment") + fixture.Count("simpade_dropout") + fixture.Count("student_contact"));
        }
        else
        {
            Assert.Equal(summary.RowsLoaded, fixture.Count("enrollment") + fixture.Count("simpade_dropout"));
            Assert.Equal(0, fixture.Count("student_contact", "LENGTH(first_name) > 200 OR LENGTH(doc_number) > 20"));
        }
    }
}
