using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Schema;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Schema;

public sealed class PlanReceiptBackfillTests
{
    private const string Script = "0320-Table-Plan-Receipt.sql";

    [Fact]
    public void PlanReceiptScript_TakesTheEarliestKnownServerTime_WhenPlansExistedBeforeIt()
    {
        // Arrange: the schema as it stood before 0320, with two plans: one re-uploaded through the web (an earlier
        // ledger row named plan_<dane>.xlsx), one loaded once with a typed date earlier than its load.
        using var db = new TempSqliteDatabase(migrate: false);
        using var connection = db.Target.Open();
        foreach (var name in SchemaMigrator.ScriptNames(SqlDialect.Sqlite).Where(n => string.CompareOrdinal(n, Script) < 0).Order(StringComparer.Ordinal))
        {
            connection.Execute(SchemaMigrator.ReadScript(SqlDialect.Sqlite, name));
        }

        connection.Execute("""
            INSERT INTO load_ledger (file_name, sha256, kind, school_year, status, rows_read, rows_loaded, rows_rejected, started_at, seconds)
            VALUES ('plan_154001000011.xlsx', 'v1', 'plan', 2025, 'loaded', 6, 6, 0, '2025-09-01 15:00:00', 0),
                   ('plan_154001000011.xlsx', 'v2', 'plan', 2025, 'loaded', 6, 6, 0, '2025-09-10 15:00:00', 0);
            INSERT INTO plan_header (institution_dane, school_year, submitted_on, source_file, source_sha256, loaded_at)
            VALUES ('154001000011', 2025, '2025-08-05', 'plan_154001000011.xlsx', 'v2', '2025-09-10 15:00:00'),
                   ('154001000022', 2025, '2025-08-01', 'plan.xlsx', 'w1', '2025-08-15 03:00:00');
            INSERT INTO plan_follow_up (plan_id, month, students_at_risk, contacted, re_enrolled, strategies_carried_out)
            VALUES (1, 9, 5, 3, 1, '');
            """);

        // Act
        connection.Execute(SchemaMigrator.ReadScript(SqlDialect.Sqlite, Script));
        var rows = connection.Query<(string Dane, string SubmittedOn, string DeclaredOn, string FirstReceivedAt)>(
            "SELECT institution_dane, submitted_on, declared_on, first_received_at FROM plan_header ORDER BY institution_dane").ToList();

        // Assert: 03:00 UTC on 15 August is 22:00 on 14 August in Colombia (on time).
        Assert.Equal(
            [("154001000011", "2025-09-01", "2025-08-05", "2025-09-01 15:00:00"), ("154001000022", "2025-08-14", "2025-08-01", "2025-08-15 03:00:00")],
            rows);
        Assert.Equal("formulario", connection.ExecuteScalar<string>("SELECT source FROM plan_follow_up"));
    }
}
