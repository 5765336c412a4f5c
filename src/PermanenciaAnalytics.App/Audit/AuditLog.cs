using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Audit;

/// <summary>
/// Who viewed or exported student-level data, and every export, when. The detail holds counts and filters only,
/// never a name, document, phone or address.
/// </summary>
public sealed class AuditLog(DatabaseTarget target, TimeProvider clock)
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(AuditLog).Assembly);

    public void Write(string userName, string role, string action, string? institutionDane, int? year, string? detail)
    {
        using var connection = target.Open();
        connection.Execute(
            Scripts.Read(target.Dialect, "Web", "AuditInsert"),
            new { now = clock.GetUtcNow().UtcDateTime, userName, role, action, institutionDane, year, detail });
    }

    public IReadOnlyList<AuditEntry> Recent(int count)
    {
        using var connection = target.Open();
        return connection.Query<AuditEntry>(
                Scripts.Read(target.Dialect, "Web", "AuditRecent"),
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
