using Dapper;
using Microsoft.Data.Sqlite;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Synthetic;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Loading;

public sealed class BulkLoadWindowTests
{
    private const long TwentyMegabytes = 20L * 1024 * 1024;

    [Theory]
    [InlineData(1, TwentyMegabytes)]        // one file defers its own indexes when that pays
    [InlineData(2, 1024 * 1024)]            // two small files: about 4,000 rows, not worth a rebuild
    public void OpenIfWorthIt_LeavesTheIndexes_WhenTheBacklogIsSmall(int files, long bytes)
    {
        // Arrange
        using var fixture = new LoadFixture();
        var before = fixture.Query<string>(LoadIndexes.Definitions);

        // Act
        var opened = BulkLoadWindow.OpenIfWorthIt(fixture.Database.Target, files, bytes);

        // Assert
        Assert.False(opened);
        Assert.Equal(before, fixture.Query<string>(LoadIndexes.Definitions));
        Assert.False(BulkLoadWindow.IsOpen(fixture.Database.Target));
    }

    [Fact]
    public void OpenIfWorthIt_DropsTheIndexesAndKeepsTheirDefinitions_WhenALargeBacklogWaits()
    {
        // Arrange
        using var fixture = new LoadFixture();
        var before = fixture.Query<string>(LoadIndexes.Definitions);

        // Act
        var opened = BulkLoadWindow.OpenIfWorthIt(fixture.Database.Target, 2, TwentyMegabytes);

        // Assert: gone from the schema, written down with their exact definitions.
        Assert.True(opened);
        Assert.True(BulkLoadWindow.IsOpen(fixture.Database.Target));
        Assert.Empty(fixture.Query<string>(LoadIndexes.Definitions));
        Assert.Equal(before, fixture.Query<string>("SELECT index_name || ':' || create_sql FROM deferred_index ORDER BY index_name"));
        Assert.True(before.Count >= 5, string.Join("; ", before));
    }

    [Fact]
    public void Close_RebuildsEveryIndexAsDefined_WhenFilesWereLoadedInTheWindow()
    {
        // Arrange: two cuts of 6,000 students load while the window is open.
        using var fixture = new LoadFixture();
        var before = fixture.Query<string>(LoadIndexes.Definitions);
        var march = Path.Combine(fixture.Database.Folder, "simat_2025-03-31.csv");
        var april = Path.Combine(fixture.Database.Folder, "simat_2025-04-30.csv");
        SyntheticYearGenerator.WriteFlatSimat(march, 6_000);
        SyntheticYearGenerator.WriteFlatSimat(april, 6_000, seed: 2);
        BulkLoadWindow.OpenIfWorthIt(fixture.Database.Target, 2, TwentyMegabytes);
        var loaded = new[] { march, april }.Select(p => fixture.Loader.Load(p, ExtractKind.Simat).Status).ToList();
        var duringWindow = fixture.Query<string>(LoadIndexes.Definitions);

        // Act
        var rebuilt = BulkLoadWindow.Close(fixture.Database.Target);

        // Assert: each file loaded alone and whole; the indexes are back, used, and the window is gone.
        Assert.All(loaded, s => Assert.Equal(LoadStatus.Loaded, s));
        Assert.Empty(duringWindow);
        Assert.Equal(12_000, fixture.Count("enrollment"));
        Assert.Equal(before.Count, rebuilt);
        Assert.Equal(before, fixture.Query<string>(LoadIndexes.Definitions));
        Assert.Equal(0, fixture.Count("deferred_index"));
        var plan = string.Join(" | ", fixture.Query<(long Id, long Parent, long NotUsed, string Detail)>(
            "EXPLAIN QUERY PLAN SELECT cut_date FROM enrollment WHERE school_year = 2025 AND student_key = 'X'").Select(r => r.Detail));
        Assert.Contains("USING COVERING INDEX ix_enrollment_year_student", plan, StringComparison.Ordinal);
        Assert.Equal("ok", fixture.Single<string>("PRAGMA integrity_check"));
    }

    [Fact]
    public void Close_RebuildsFromTheRecord_WhenAnotherProcessFindsTheWindowLeftOpen()
    {
        // Arrange: the window was opened and its process died; another one (a new target on the same file) starts.
        using var fixture = new LoadFixture();
        var before = fixture.Query<string>(LoadIndexes.Definitions);
        BulkLoadWindow.OpenIfWorthIt(fixture.Database.Target, 3, TwentyMegabytes);
        SqliteConnection.ClearAllPools();
        var restarted = DatabaseTarget.FromConnectionString(fixture.Database.ConnectionString);

        // Act
        var rebuilt = BulkLoadWindow.Close(restarted);
        var again = BulkLoadWindow.Close(restarted);

        // Assert
        Assert.Equal(before.Count, rebuilt);
        Assert.Equal(0, again);
        Assert.Equal(before, fixture.Query<string>(LoadIndexes.Definitions));
    }

    [Fact]
    public void Close_LeavesAnIndexAlone_WhenItWasRebuiltAlready()
    {
        // Arrange: one index is back already (created by hand or by a concurrent close).
        using var fixture = new LoadFixture();
        var before = fixture.Query<string>(LoadIndexes.Definitions);
        BulkLoadWindow.OpenIfWorthIt(fixture.Database.Target, 2, TwentyMegabytes);
        using (var connection = new SqliteConnection(fixture.Database.ConnectionString))
        {
            connection.Open();
            connection.Execute(connection.QuerySingle<string>("SELECT create_sql FROM deferred_index WHERE index_name = 'ix_enrollment_cut'"));
        }

        // Act
        var rebuilt = BulkLoadWindow.Close(fixture.Database.Target);

        // Assert
        Assert.Equal(before.Count - 1, rebuilt);
        Assert.Equal(before, fixture.Query<string>(LoadIndexes.Definitions));
    }

    [Fact]
    public void OpenIfWorthIt_DoesNothing_WhenTheDatabaseIsSqlServer()
    {
        // Arrange: never opened, so no server is needed.
        var target = DatabaseTarget.FromConnectionString("Server=nowhere.invalid;Database=permanencia;Integrated Security=true");

        // Act and assert
        Assert.False(BulkLoadWindow.OpenIfWorthIt(target, 10, 10 * TwentyMegabytes));
        Assert.Equal(0, BulkLoadWindow.Close(target));
        Assert.False(BulkLoadWindow.IsOpen(target));
    }
}
