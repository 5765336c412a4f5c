using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Accounts;

/// <summary>Reads and writes <c>app_user</c>. The SQL is the same in both dialects.</summary>
public sealed class UserStore(DatabaseTarget target)
{
    private const string SelectColumns =
        "SELECT user_id AS Id, user_name AS Name, role AS Role, institution_dane AS InstitutionDane, password_hash AS PasswordHash, failed_logins AS FailedLogins, locked_until AS LockedUntilUtc FROM app_user";

    public bool Exists(string name)
    {
        using var connection = target.Open();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM app_user WHERE user_name = @name", new { name }) > 0;
    }

    public void Add(string name, string role, string? institutionDane, string passwordHash, DateTime nowUtc)
    {
        using var connection = target.Open();
        connection.Execute(
            "INSERT INTO app_user (user_name, role, institution_dane, password_hash, failed_logins, created_at) VALUES (@name, @role, @institutionDane, @passwordHash, 0, @nowUtc)",
            new { name, role, institutionDane, passwordHash, nowUtc });
    }

    public AppUser? FindByName(string name)
    {
        using var connection = target.Open();
        var row = connection.QuerySingleOrDefault<UserRow>(SelectColumns + " WHERE user_name = @name", new { name });
        return row?.ToUser();
    }

    public IReadOnlyList<AppUser> List()
    {
        using var connection = target.Open();
        return connection.Query<UserRow>(SelectColumns + " ORDER BY user_name").Select(r => r.ToUser()).ToList();
    }

    /// <summary>Whether the loaded extracts know this institution (a rector's account must name one).</summary>
    public bool InstitutionExists(string dane)
    {
        using var connection = target.Open();
        return connection.ExecuteScalar<long>(AccountSql.Read(target.Dialect, "InstitutionExists"), new { dane }) > 0;
    }

    private sealed class UserRow
    {
        public long Id { get; init; }

        public string Name { get; init; } = "";

        public string Role { get; init; } = "";

        public string? InstitutionDane { get; init; }

        public string PasswordHash { get; init; } = "";

        public long FailedLogins { get; init; }

        public DateTime? LockedUntilUtc { get; init; }

        public AppUser ToUser()
        {
            if (!RoleNames.TryParse(Role, out var role))
            {
                throw new InvalidOperationException($"User {Id} has an unknown role in app_user.");
            }

            var locked = LockedUntilUtc is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : (DateTime?)null;
            return new AppUser(Id, Name, role, InstitutionDane, PasswordHash, (int)FailedLogins, locked);
        }
    }
}
