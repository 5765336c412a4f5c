using Dapper;
using Microsoft.Data.Sqlite;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Synthetic;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Loading;

public sealed class SqliteIndexDeferralTests
{
    [Theory]
    [InlineData(19_999, 0, false)]        // too small to bother, even into an empty table
    [InlineData(20_000, 0, true)]
    [InlineData(100_000, 200_000, true)]  // half of what is there: a rebuild still wins
    [InlineData(100_000, 200_001, false)]
    [InlineData(107_000, 963_000, false)] // the tenth cut of a Cúcuta year: insert into the live indexes
    public void IsWorthIt_ComparesTheFileWithTheTable(long expected, long existing, bool worthIt)
    {
        // Act
        var result = SqliteIndexDeferral.IsWorthIt(expected, existing);

        // Assert
        Assert.Equal(worthIt, result);
    }

    [Fact]
    public void Rebuild_RestoresEveryIndexWithItsDefinition_AfterBegin()
    {
        // Arrange
        using var fixture = new LoadFixture();
        using var connection = new SqliteConnection(fixture.Database.ConnectionString);
        connection.Open();
        var before = connection.Query<string>(LoadIndexes.Definitions).ToList();
        using var transaction = connection.BeginTransaction();

        // Act
        var deferral = SqliteIndexDeferral.Begin(connection, transaction, ["enrollment", "student_contact"]);
        var during = connection.Query<string>(LoadIndexes.Definitions, transaction: transaction).ToList();
        deferral.Rebuild();
        transaction.Commit();

        // Assert: the four enrollment indexes and the contact index are dropped, then back exactly as defined.
        Assert.True(before.Count >= 5, string.Join("; ", before));
        Assert.Empty(during);
        Assert.Equal(before, connection.Query<string>(LoadIndexes.Definitions).ToList());
    }

    [Fact]
    public void Rollback_BringsTheIndexesBack_WhenTheFileIsRefused()
    {
        // Arrange
        using var fixture = new LoadFixture();
        using var connection = new SqliteConnection(fixture.Database.ConnectionString);
        connection.Open();
        var before = connection.Query<string>(LoadIndexes.Definitions).ToList();

        // Act
        using (var transaction = connection.BeginTransaction())
        {
            SqliteIndexDeferral.Begin(connection, transaction, ["enrollment", "student_contact"]);
            transaction.Rollback();
        }

        // Assert
        Assert.Equal(before, connection.Query<string>(LoadIndexes.Definitions).ToList());
    }

    [Fact]
    public void Load_KeepsTheSchemaAndUsesTheIndexes_WhenALargeFileIsLoadedIntoAnEmptyTable()
    {
        // Arrange: 30,000 rows (about 12 MB) is over the rebuild threshold.
        using var fixture = new LoadFixture();
        var path = Path.Combine(fixture.Database.Folder, "simat_2025-03-31.csv");
        SyntheticYearGenerator.WriteFlatSimat(path, 30_000);
        var before = fixture.Query<string>(LoadIndexes.Definitions);

        // Act
        var summary = fixture.Loader.Load(path, ExtractKind.Simat);

        // Assert
        Assert.Equal(LoadStatus.Loaded, summary.Status);
        Assert.Equal(30_000, fixture.Count("enrollment"));
        Assert.Equal(before, fixture.Query<string>(LoadIndexes.Definitions));
        var plan = string.Join(" | ", fixture.Query<(long Id, long Parent, long NotUsed, string Detail)>(
            "EXPLAIN QUERY PLAN SELECT cut_date FROM enrollment WHERE school_year = 2025 AND student_key = 'X'").Select(r => r.Detail));
        Assert.Contains("USING COVERING INDEX ix_enrollment_year_student", plan, StringComparison.Ordinal);
        Assert.Equal("ok", fixture.Single<string>("PRAGMA integrity_check"));
    }
}
