using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// Who viewed or exported student-level data, and every export, when. The detail holds counts and filters only,
/// never a name, document, phone or address.
/// </summary>
public sealed class AuditLog(DatabaseTarget target, TimeProvider clock)
{
    public void Write(string userName, string role, string action, string? institutionDane, int? year, string? detail)
    {
        using var connection = target.Open();
        connection.Execute(
            """
            INSERT INTO audit_log (occurred_at, user_name, role, action, institution_dane, school_year, detail)
            VALUES (@now, @userName, @role, @action, @institutionDane, @year, @detail)
            """,
            new { now = clock.GetUtcNow().UtcDateTime, userName, role, action, institutionDane, year, detail });
    }

    public IReadOnlyList<AuditEntry> Recent(int count)
    {
        using var connection = target.Open();
        // Same text in both dialects: ORDER BY … OFFSET/FETCH is not SQLite, LIMIT is not T-SQL; so cap in memory.
        return connection.Query<AuditEntry>(
                """
                SELECT audit_id AS Id, occurred_at AS OccurredAtUtc, user_name AS UserName, role AS Role, action AS Action,
                       institution_dane AS InstitutionDane, school_year AS SchoolYear, detail AS Detail
                FROM audit_log
                WHERE audit_id > (SELECT COALESCE(MAX(audit_id), 0) FROM audit_log) - @count
                ORDER BY audit_id DESC
                """,
                new { count })
            .ToList();
    }
}

public sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTime OccurredAtUtc { get; init; }

    public string UserName { get; init; } = "";

    public string Role { get; init; } = "";

    public string Action { get; init; } = "";

    public string? InstitutionDane { get; init; }

    public long? SchoolYear { get; init; }

    public string? Detail { get; init; }
}
