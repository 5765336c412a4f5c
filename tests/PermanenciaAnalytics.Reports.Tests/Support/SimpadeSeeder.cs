using Microsoft.Data.Sqlite;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Tests.Support;

/// <summary>
/// One identified SIMPADE desertor for a test (PER_ID defaults to the student key when no document is given), with the
/// reason codes as the loader stores them (<c>CAMBIO_DE_RESIDENCIA</c>).
/// </summary>
internal sealed record SimpadeFixtureRow(string Student, string Institution, string? PerId = null, string? DocKey = null, params string[] Reasons);

internal static class SimpadeSeeder
{
    public static void Insert(DatabaseTarget target, int year, IEnumerable<SimpadeFixtureRow> rows)
    {
        using var connection = (SqliteConnection)target.Open();
        using var transaction = connection.BeginTransaction();
        using var ledger = connection.CreateCommand();
        ledger.Transaction = transaction;
        ledger.CommandText = "INSERT INTO load_ledger (file_name, sha256, kind, school_year, status, started_at) VALUES ('simpade.csv', $sha, 'simpade', $year, 'loaded', '2025-12-01'); SELECT last_insert_rowid();";
        ledger.Parameters.AddWithValue("$sha", Guid.NewGuid().ToString("N"));
        ledger.Parameters.AddWithValue("$year", year);
        var loadId = (long)ledger.ExecuteScalar()!;
        var rowNumber = 0;
        foreach (var row in rows)
        {
            rowNumber++;
            using var dropout = connection.CreateCommand();
            dropout.Transaction = transaction;
            dropout.CommandText = """
                INSERT INTO simpade_dropout (load_id, row_number, school_year, student_key, per_id, doc_key, institution_dane, reasons_reported)
                VALUES ($load, $row, $year, $student, $per, $doc, $inst, $reported)
                """;
            dropout.Parameters.AddWithValue("$load", loadId);
            dropout.Parameters.AddWithValue("$row", rowNumber);
            dropout.Parameters.AddWithValue("$year", year);
            dropout.Parameters.AddWithValue("$student", row.Student);
            // As loaded, a row with a student key has a PER_ID or a document: without either it would be identity-less.
            dropout.Parameters.AddWithValue("$per", (object?)row.PerId ?? (row.DocKey is null ? row.Student : DBNull.Value));
            dropout.Parameters.AddWithValue("$doc", (object?)row.DocKey ?? DBNull.Value);
            dropout.Parameters.AddWithValue("$inst", row.Institution);
            dropout.Parameters.AddWithValue("$reported", row.Reasons.Length > 0 ? 1 : 0);
            dropout.ExecuteNonQuery();
            foreach (var reason in row.Reasons)
            {
                using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO simpade_dropout_reason (load_id, row_number, reason_code) VALUES ($load, $row, $code)";
                insert.Parameters.AddWithValue("$load", loadId);
                insert.Parameters.AddWithValue("$row", rowNumber);
                insert.Parameters.AddWithValue("$code", reason);
                insert.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }
}
