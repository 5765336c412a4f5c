using Dapper;
using Microsoft.Data.Sqlite;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Synthetic;

namespace PermanenciaAnalytics.Etl.Tests.Loading;

/// <summary>
/// The SIMAT load's INSERTs run on a writer thread while rows are read (SqliteWriteQueue): every row still lands once
/// and in file order, and an INSERT that fails on that thread fails the file as an inline one would, leaving nothing.
/// </summary>
public sealed class SqliteWriteQueueTests
{
    [Fact]
    public void Load_WritesEveryRowOnceInFileOrder_WhenTheRowsGoThroughTheWriterThread()
    {
        // Arrange: 5,000 rows (156 full batches of 32 and a tail of 8), below the index-rebuild threshold.
        using var fixture = new LoadFixture();
        var path = Path.Combine(fixture.Database.Folder, "simat_2025-03-31.csv");
        SyntheticYearGenerator.WriteFlatSimat(path, 5_000);

        // Act
        var summary = fixture.Loader.Load(path, ExtractKind.Simat);

        // Assert: row numbers 1..5000 each once in both tables, and the contact of a row is its enrolment's student.
        Assert.Equal(LoadStatus.Loaded, summary.Status);
        Assert.Equal((5_000L, 5_000L, 1L, 5_000L), fixture.Single<(long, long, long, long)>(
            "SELECT COUNT(*), COUNT(DISTINCT row_number), MIN(row_number), MAX(row_number) FROM enrollment"));
        Assert.Equal(5_000, fixture.Count("student_contact"));
        Assert.Equal(0, fixture.Count("enrollment e", "NOT EXISTS (SELECT 1 FROM student_contact c WHERE c.load_id = e.load_id AND c.row_number = e.row_number AND c.student_key = e.student_key)"));
    }

    [Fact]
    public void Load_FailsAndLeavesNothing_WhenAnInsertFailsOnTheWriterThread()
    {
        // Arrange: row 3,000 is refused by the database itself, deep inside a batch the writer thread runs.
        using var fixture = new LoadFixture();
        var path = Path.Combine(fixture.Database.Folder, "simat_2025-03-31.csv");
        SyntheticYearGenerator.WriteFlatSimat(path, 5_000);
        using (var connection = new SqliteConnection(fixture.Database.ConnectionString))
        {
            connection.Execute("""
                CREATE TRIGGER tr_test_refuse_row BEFORE INSERT ON enrollment WHEN NEW.row_number = 3000
                BEGIN SELECT RAISE(ABORT, 'row 3000 refused by the test'); END
                """);
        }

        var before = fixture.Snapshot();

        // Act
        var error = Assert.Throws<SqliteException>(() => fixture.Loader.Load(path, ExtractKind.Simat));

        // Assert: the database's own error, and no row, contact or loaded ledger entry of the file.
        Assert.Contains("row 3000 refused by the test", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, fixture.Snapshot());
        Assert.Equal("ok", fixture.Single<string>("PRAGMA integrity_check"));
    }
}
