using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PermanenciaAnalytics.Bench.Indicators;

/// <summary>
/// Fills a SQLite database with a Cúcuta-size synthetic year for <c>bench-indicators</c>: every student is enrolled at
/// the first cut; about 6 % vanish or retire, 4 % transfer, 2 % come back after a gap, 1 % appear twice at a cut.
/// One load_ledger row per cut and one prepared INSERT reused for every row, inside one transaction.
/// </summary>
public static class SyntheticEnrollment
{
    public static long Fill(SqliteConnection connection, int year, int students, int cuts, int institutions, int seed)
    {
        ArgumentNullException.ThrowIfNull(connection);
#pragma warning disable CA5394 // Synthetic benchmark data, not security.
        var random = new Random(seed);
        var cutDates = Enumerable.Range(0, cuts).Select(i => new DateOnly(year, 2, 28).AddDays(i * 280 / Math.Max(cuts, 1))).ToArray();
        using var transaction = connection.BeginTransaction();
        var loadIds = cutDates.Select(cut => InsertLedger(connection, transaction, year, cut)).ToArray();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO enrollment (load_id, row_number, cut_date, school_year, student_key, per_id, institution_dane, sede_dane,
                grade, jornada, status, is_enrolled, end_date, sex, birth_date, zona, estrato)
            VALUES ($load, $row, $cut, $year, $student, $student, $inst, $sede, $grade, 'MAÑANA', $status, $enrolled, $end,
                $sex, $birth, $zona, $estrato)
            """;
        string[] names = ["$load", "$row", "$cut", "$year", "$student", "$inst", "$sede", "$grade", "$status", "$enrolled", "$end", "$sex", "$birth", "$zona", "$estrato"];
        foreach (var name in names)
        {
            insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        insert.Prepare();
        var rowNumbers = new int[cuts];
        long written = 0;
        void Write(int cut, string student, string institution, int grade, bool enrolled, string? end, string sex, string birth, string zona)
        {
            object?[] values =
            [
                loadIds[cut], ++rowNumbers[cut], Text(cutDates[cut]), year, student, institution, institution + "01", grade,
                enrolled ? "MATRICULADO" : "RETIRADO", enrolled ? 1 : 0, end, sex, birth, zona, "ESTRATO 1",
            ];
            for (var i = 0; i < values.Length; i++)
            {
                insert.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
            written++;
        }

        for (var s = 0; s < students; s++)
        {
            var student = (100_000_000 + s).ToString(CultureInfo.InvariantCulture);
            var institution = (154001000000 + random.Next(institutions)).ToString(CultureInfo.InvariantCulture);
            var grade = random.Next(-1, 13) is var g && g == 12 ? 99 : g;
            var sex = random.Next(2) == 0 ? "F" : "M";
            var birth = Text(new DateOnly(year - 6 - Math.Max(grade, 0) - random.Next(0, 4), 1 + random.Next(12), 1 + random.Next(28)));
            var zona = random.Next(10) == 0 ? "RURAL" : "URBANA";
            var leaveAt = random.NextDouble() < 0.06 ? random.Next(1, cuts) : cuts;
            var gapAt = random.NextDouble() < 0.02 ? random.Next(1, cuts) : -1;
            var transferAt = random.NextDouble() < 0.04 ? random.Next(1, cuts) : -1;
            for (var c = 0; c < cuts; c++)
            {
                if (c == leaveAt)
                {
                    if (random.Next(2) == 0)
                    {
                        Write(c, student, institution, grade, false, Text(cutDates[c].AddDays(-random.Next(1, 25))), sex, birth, zona);
                    }

                    break;
                }

                if (c == gapAt)
                {
                    continue;
                }

                if (c == transferAt)
                {
                    institution = (154001000000 + random.Next(institutions)).ToString(CultureInfo.InvariantCulture);
                }

                Write(c, student, institution, grade, true, null, sex, birth, zona);
                if (random.NextDouble() < 0.001)
                {
                    Write(c, student, institution, grade, true, null, sex, birth, zona);
                }
            }
        }
#pragma warning restore CA5394

        transaction.Commit();
        return written;
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static long InsertLedger(SqliteConnection connection, SqliteTransaction transaction, int year, DateOnly cut)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO load_ledger (file_name, sha256, kind, cut_date, school_year, status, started_at)
            VALUES ($file, $sha, 'simat', $cut, $year, 'loaded', $cut);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$file", $"sintetico_{Text(cut)}.csv");
        command.Parameters.AddWithValue("$sha", $"synthetic-{year}-{Text(cut)}-{Guid.NewGuid():N}");
        command.Parameters.AddWithValue("$cut", Text(cut));
        command.Parameters.AddWithValue("$year", year);
        return (long)command.ExecuteScalar()!;
    }
}
