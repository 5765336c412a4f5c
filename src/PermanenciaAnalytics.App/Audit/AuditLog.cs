using Dapper;
using PermanenciaAnalytics.Core.Time;
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

    /// <summary>The newest <paramref name="count"/> entries that match <paramref name="filter"/>, newest first.</summary>
    public IReadOnlyList<AuditEntry> Search(AuditFilter filter, int count)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var connection = target.Open();
        return connection.Query<AuditEntry>(
                Scripts.Read(target.Dialect, "Web", "AuditSearch"),
                new
                {
                    count,
                    userName = filter.UserName,
                    action = filter.Action,
                    institutionDane = filter.InstitutionDane,
                    fromUtc = filter.From is { } from ? BogotaTime.StartOfDayUtc(from) : (DateTime?)null,
                    toUtc = filter.To is { } to ? BogotaTime.StartOfDayUtc(to.AddDays(1)) : (DateTime?)null,
                })
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
