using Dapper;
using Microsoft.Data.Sqlite;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Loading;

/// <summary>
/// Values go through SqliteBulkRowWriter as SQLite binds them (EncodedBatch): text as UTF-8 (accents and ñ intact),
/// '' distinct from NULL, dates as yyyy-MM-dd, flags as 0/1, in full batches and in the tail alike.
/// </summary>
public sealed class SqliteBulkRowWriterTests
{
    private static readonly BulkTable Probe = new("probe",
    [
        new("n", typeof(long)), new("text", typeof(string)), new("day", typeof(DateOnly)), new("flag", typeof(bool)),
        new("grade", typeof(int)), new("ratio", typeof(double)),
    ]);

    [Theory]
    [InlineData(false, 1)]    // the tail only: the single-row statement
    [InlineData(false, 70)]   // two full batches and a tail, written inline
    [InlineData(true, 70)]    // the same through the writer thread
    [InlineData(true, 3_000)] // enough batches to recycle them through the queue
    public void Add_StoresEachValueAsBound_WhenWrittenInBatchesOrInTheTail(bool queued, int rows)
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        connection.Execute("CREATE TABLE probe (n INTEGER, text TEXT, day TEXT, flag INTEGER, grade INTEGER, ratio REAL)");
        using var transaction = connection.BeginTransaction();

        // Act
        using (var queue = queued ? new SqliteWriteQueue() : null)
        using (var writer = BulkRowWriters.Create(SqlDialect.Sqlite, connection, transaction, Probe, queue))
        {
            for (var i = 0; i < rows; i++)
            {
                writer.Add(Row(i));
            }

            writer.Flush();
        }

        transaction.Commit();

        // Assert: every row read back is the row written, with SQLite's types.
        var stored = connection.Query<(long N, string? Text, string? TextType, string? Day, long Flag, long Grade, double? Ratio)>(
            "SELECT n, text, typeof(text), day, flag, grade, ratio FROM probe ORDER BY n").ToList();
        Assert.Equal(rows, stored.Count);
        for (var i = 0; i < rows; i++)
        {
            var expected = Row(i);
            Assert.Equal(i, stored[i].N);
            Assert.Equal((string?)expected[1], stored[i].Text);
            Assert.Equal(expected[1] is null ? "null" : "text", stored[i].TextType);
            Assert.Equal(((DateOnly)expected[2]!).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), stored[i].Day);
            Assert.Equal((bool)expected[3]! ? 1 : 0, stored[i].Flag);
            Assert.Equal((int)expected[4]!, stored[i].Grade);
            Assert.Equal((double?)expected[5], stored[i].Ratio);
        }
    }

    // Row i cycles through NULL, '', ASCII, Spanish accents and a long value, so every kind lands in every position.
    private static object?[] Row(int i) =>
    [
        (long)i,
        (i % 5) switch { 0 => null, 1 => "", 2 => "PEÑA MUÑOZ; \"Ñandú\" — Cúcuta", 3 => new string('x', 300 + i), _ => $"S{i}" },
        new DateOnly(2025, 1, 1).AddDays(i % 365),
        i % 2 == 0,
        (i % 13) - 2,
        i % 3 == 0 ? null : i / 7.0,
    ];
}
