using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Schema;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Schema;

public sealed class OutreachCaseMigrationTests
{
    private const string Script = "0461-Data-OutreachOutcome-ToCases.sql";

    [Fact]
    public void OutreachCaseScript_TurnsOldOutcomesIntoACaseWithItsContacts_WhenOutcomesExistedBeforeCases()
    {
        // Arrange: the schema as it stood before 0461, with two old outcomes of one student (contactado, then reintegrado)
        // and one of another (contactado only).
        using var db = new TempSqliteDatabase(migrate: false);
        using var connection = db.Target.Open();
        foreach (var name in SchemaMigrator.ScriptNames(SqlDialect.Sqlite).Where(n => string.CompareOrdinal(n, Script) < 0).Order(StringComparer.Ordinal))
        {
            connection.Execute(SchemaMigrator.ReadScript(SqlDialect.Sqlite, name));
        }

        connection.Execute("""
            INSERT INTO outreach_outcome (school_year, student_key, institution_dane, outcome, outcome_date, note, recorded_by, recorded_at)
            VALUES (2025, 'S2', '154001000011', 'contactado', '2025-10-01', 'Llamada', 'rectora', '2025-10-01 14:00:00'),
                   (2025, 'S2', '154001000011', 'reintegrado', '2025-10-15', 'Volvió', 'rectora', '2025-10-15 14:00:00'),
                   (2025, 'S3', '154001000011', 'contactado', '2025-10-02', NULL, 'rectora', '2025-10-02 14:00:00');
            """);

        // Act
        connection.Execute(SchemaMigrator.ReadScript(SqlDialect.Sqlite, Script));
        var cases = connection.Query<(string Student, string State, long Contacts, string LastResult, string? ClosedOn)>(
            "SELECT student_key, state, contacts, last_result, closed_on FROM outreach_case ORDER BY student_key").ToList();
        var contacts = connection.Query<(string Result, string On, string Channel, string? Note)>(
            "SELECT k.result, k.contact_on, k.channel, k.note FROM case_contact k JOIN outreach_case c ON c.case_id = k.case_id WHERE c.student_key = 'S2' ORDER BY k.contact_id").ToList();

        // Assert
        Assert.Equal([("S2", "cerrado", 2L, "reintegrado", "2025-10-15"), ("S3", "en_seguimiento", 1L, "contactado", null)], cases);
        Assert.Equal([("contactado", "2025-10-01", "otro", "Llamada"), ("reintegrado", "2025-10-15", "otro", "Volvió")], contacts);
    }
}
