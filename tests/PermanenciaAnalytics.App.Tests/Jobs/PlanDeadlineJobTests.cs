using System.Net;
using System.Net.Sockets;
using System.Text.Json;
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
        SeedThreeInstitutions(database);

        var report = Job(database).Run(2025, new DateOnly(2025, 8, 14));

        Assert.True(report.Checked);
        Assert.Equal(["154001000333"], report.Missing);
        Assert.Equal(["154001000222"], report.Late);
    }

    [Fact]
    public void Run_KeepsTheResultAndWritesTheOutbox_WhenNoWebhookIsConfigured()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        SeedThreeInstitutions(database);

        // Act
        Job(database).Run(2025, new DateOnly(2025, 8, 14));

        // Assert: the run is kept with its counts and codes, and the message waits in the outbox, undelivered.
        using var connection = database.Target.Open();
        var run = connection.QuerySingle<(long Year, long Checked, long Missing, long Late, string MissingDane, string LateDane)>(
            "SELECT school_year, checked, missing_count, late_count, missing_dane, late_dane FROM plan_deadline_run");
        Assert.Equal((2025L, 1L, 1L, 1L, "154001000333", "154001000222"), run);
        Assert.Equal(new DateOnly(2025, 8, 14), DateOnly.FromDateTime(PlanDeadlineRuns.Latest(database.Target).Single().Deadline));
        var message = connection.QuerySingle<(string Topic, string Body, string? DeliveredAt)>("SELECT topic, body, delivered_at FROM notification_outbox");
        Assert.Equal(PlanDeadlineNotifier.Topic, message.Topic);
        Assert.Contains("1 sin plan, 1 tardíos", message.Body, StringComparison.Ordinal);
        Assert.Contains("154001000333", message.Body, StringComparison.Ordinal);
        Assert.Null(message.DeliveredAt);
    }

    [Fact]
    public async Task Run_PostsTheResultToTheWebhook_WhenOneIsConfigured()
    {
        // Arrange: a real HTTP listener on a free local port.
        using var database = new TempSqliteDatabase();
        SeedThreeInstitutions(database);
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/avisos/");
        listener.Start();
        var received = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            context.Response.StatusCode = 200;
            context.Response.Close();
            return (context.Request.HttpMethod, body);
        });

        // Act
        Job(database, new Uri($"http://127.0.0.1:{port}/avisos/plazos")).Run(2025, new DateOnly(2025, 8, 14));
        var (method, body) = await received.WaitAsync(TimeSpan.FromSeconds(30));

        // Assert
        Assert.Equal("POST", method);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(2025, json.RootElement.GetProperty("year").GetInt32());
        Assert.Equal(["154001000333"], json.RootElement.GetProperty("missing").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["154001000222"], json.RootElement.GetProperty("late").EnumerateArray().Select(e => e.GetString()));
        using var connection = database.Target.Open();
        var row = connection.QuerySingle<(string? DeliveredAt, string Note)>("SELECT delivered_at, delivery_note FROM notification_outbox");
        Assert.NotNull(row.DeliveredAt);
        Assert.Equal("HTTP 200", row.Note);
    }

    [Fact]
    public void Run_KeepsTheOutboxRowUndelivered_WhenTheWebhookIsDown()
    {
        // Arrange: a port nobody listens on.
        using var database = new TempSqliteDatabase();
        SeedThreeInstitutions(database);

        // Act
        var report = Job(database, new Uri($"http://127.0.0.1:{FreePort()}/avisos")).Run(2025, new DateOnly(2025, 8, 14));

        // Assert: the job still reports, and the row says why it was not delivered.
        Assert.True(report.Checked);
        using var connection = database.Target.Open();
        var row = connection.QuerySingle<(string? DeliveredAt, string? Note)>("SELECT delivered_at, delivery_note FROM notification_outbox");
        Assert.Null(row.DeliveredAt);
        Assert.False(string.IsNullOrEmpty(row.Note));
    }

    private static PlanDeadlineJob Job(TempSqliteDatabase database, Uri? webhook = null) =>
        new(database.Target, new PlanDeadlineNotifier(database.Target, webhook, NullLogger<PlanDeadlineNotifier>.Instance), NullLogger<PlanDeadlineJob>.Instance);

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static void SeedThreeInstitutions(TempSqliteDatabase database)
    {
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
        var report = Job(database).RunForMonitoredYear(8, 14);

        // Assert: 2024, where A filed on time and B has no plan (checking 2026 would call both missing).
        Assert.Equal((2024, new DateOnly(2024, 8, 14)), (report.Year, report.Deadline));
        Assert.Equal(["154001000222"], report.Missing);
        Assert.Empty(report.Late);
    }
}
