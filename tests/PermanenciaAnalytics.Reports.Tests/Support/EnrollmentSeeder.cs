using System.Globalization;
using Microsoft.Data.Sqlite;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Tests.Support;

/// <summary>
/// Writes enrollment rows straight into a migrated SQLite database, one <c>load_ledger</c> row per cut (as the SIMAT
/// loader would), with one prepared command inside one transaction.
/// </summary>
internal static class EnrollmentSeeder
{
    public static void Insert(DatabaseTarget target, int year, IEnumerable<EnrollmentFixtureRow> rows)
    {
        using var connection = (SqliteConnection)target.Open();
        using var transaction = connection.BeginTransaction();
        var loads = new Dictionary<string, long>(StringComparer.Ordinal);
        var rowNumbers = new Dictionary<long, int>();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO enrollment (load_id, row_number, cut_date, school_year, student_key, per_id, doc_key, institution_dane,
                sede_dane, grade, status, status_raw, is_enrolled, end_date, sex, birth_date, country_origin, repitente, motivo)
            VALUES ($load, $row, $cut, $year, $student, $per, $doc, $inst, $sede, $grade, $status, $status, $enrolled, $end,
                $sex, $birth, $country, $repitente, $motivo)
            """;
        var names = new[] { "$load", "$row", "$cut", "$year", "$student", "$per", "$doc", "$inst", "$sede", "$grade", "$status", "$enrolled", "$end", "$sex", "$birth", "$country", "$repitente", "$motivo" };
        foreach (var name in names)
        {
            insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        insert.Prepare();
        foreach (var row in rows)
        {
            if (!loads.TryGetValue(row.Cut, out var loadId))
            {
                loadId = InsertLedger(connection, transaction, row.Cut, year);
                loads[row.Cut] = loadId;
            }

            rowNumbers[loadId] = rowNumbers.GetValueOrDefault(loadId) + 1;
            object?[] values =
            [
                loadId, rowNumbers[loadId], row.Cut, year, row.Student, row.PerId, row.DocKey, row.Institution,
                row.Sede ?? row.Institution + "01", row.Grade, row.Status, row.IsEnrolled ? 1 : 0, row.EndDate,
                row.Sex, row.BirthDate, row.CountryOrigin, row.Repitente, row.Motive,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                insert.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public static void InsertInstitution(DatabaseTarget target, string dane, string name)
    {
        using var connection = target.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO institution (institution_dane, name) VALUES ($dane, $name)";
        command.Parameters.Add(new SqliteParameter("$dane", dane));
        command.Parameters.Add(new SqliteParameter("$name", name));
        command.ExecuteNonQuery();
    }

    private static long InsertLedger(SqliteConnection connection, SqliteTransaction transaction, string cut, int year)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO load_ledger (file_name, sha256, kind, cut_date, school_year, status, started_at)
            VALUES ($file, $sha, 'simat', $cut, $year, 'loaded', $started);
            SELECT last_insert_rowid();
            """;
        command.Parameters.Add(new SqliteParameter("$file", $"simat_{cut}.csv"));
        command.Parameters.Add(new SqliteParameter("$sha", $"{year}-{cut}-{Guid.NewGuid():N}"));
        command.Parameters.Add(new SqliteParameter("$cut", cut));
        command.Parameters.Add(new SqliteParameter("$year", year));
        command.Parameters.Add(new SqliteParameter("$started", DateTime.UtcNow.ToString("s", CultureInfo.InvariantCulture)));
        return (long)command.ExecuteScalar()!;
    }
}
