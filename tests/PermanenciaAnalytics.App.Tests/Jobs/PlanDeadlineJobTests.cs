using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using PermanenciaAnalytics.App.Jobs;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Jobs;

public sealed class PlanDeadlineJobTests
{
    // Same columns as the plans migration's plan_header; IF NOT EXISTS keeps the test valid once that migration is merged.
    private const string PlanHeaderSql = """
        CREATE TABLE IF NOT EXISTS plan_header (
            plan_id INTEGER PRIMARY KEY AUTOINCREMENT, institution_dane TEXT NOT NULL, school_year INTEGER NOT NULL,
            institution_name TEXT NULL, submitted_on TEXT NOT NULL, source_file TEXT NOT NULL, source_sha256 TEXT NOT NULL,
            loaded_at TEXT NOT NULL, UNIQUE (institution_dane, school_year))
        """;

    [Fact]
    public void Run_ListsMissingAndLatePlans_WhenPlanTableExists()
    {
        using var database = new TempSqliteDatabase();
        using (var connection = database.Target.Open())
        {
            connection.Execute(PlanHeaderSql);
            connection.Execute("INSERT INTO institution (institution_dane, name) VALUES ('154001000111', 'A'), ('154001000222', 'B'), ('154001000333', 'C')");
            connection.Execute("""
                INSERT INTO plan_header (institution_dane, school_year, submitted_on, source_file, source_sha256, loaded_at) VALUES
                ('154001000111', 2025, '2025-08-14', 'a.xlsx', 'x', '2025-08-14'),
                ('154001000222', 2025, '2025-08-20', 'b.xlsx', 'y', '2025-08-20'),
                ('154001000333', 2024, '2024-08-01', 'c.xlsx', 'z', '2024-08-01')
                """);
        }

        var report = new PlanDeadlineJob(database.Target, NullLogger<PlanDeadlineJob>.Instance).Run(2025, new DateOnly(2025, 8, 14));

        Assert.True(report.Checked);
        Assert.Equal(["154001000333"], report.Missing);
        Assert.Equal(["154001000222"], report.Late);
    }

    [Fact]
    public void RunForMonitoredYear_ChecksTheLatestLoadedYear_NotTheClocksYear()
    {
        // Arrange: SIMAT rows of 2024 only; the clock says 2026.
        using var database = new TempSqliteDatabase();
        using (var connection = database.Target.Open())
        {
            connection.Execute(PlanHeaderSql);
            connection.Execute("INSERT INTO institution (institution_dane, name) VALUES ('154001000111', 'A'), ('154001000222', 'B')");
            connection.Execute("""
                INSERT INTO load_ledger (load_id, file_name, sha256, kind, cut_date, school_year, status, rows_read, rows_loaded, started_at)
                VALUES (1, 'simat_2024-11-30.csv', 'h1', 'simat', '2024-11-30', 2024, 'loaded', 1, 1, '2024-12-01 08:00:00');
                INSERT INTO enrollment (load_id, row_number, cut_date, school_year, student_key, institution_dane, grade, status, is_enrolled)
                VALUES (1, 1, '2024-11-30', 2024, 'S1', '154001000111', 5, 'MATRICULADO', 1);
                INSERT INTO plan_header (institution_dane, school_year, submitted_on, source_file, source_sha256, loaded_at)
                VALUES ('154001000111', 2024, '2024-08-01', 'a.xlsx', 'x', '2024-08-01');
                """);
        }

        // Act
        var report = new PlanDeadlineJob(database.Target, NullLogger<PlanDeadlineJob>.Instance).RunForMonitoredYear(8, 14);

        // Assert: 2024, where A filed on time and B has no plan (checking 2026 would call both missing).
        Assert.Equal((2024, new DateOnly(2024, 8, 14)), (report.Year, report.Deadline));
        Assert.Equal(["154001000222"], report.Missing);
        Assert.Empty(report.Late);
    }
}
