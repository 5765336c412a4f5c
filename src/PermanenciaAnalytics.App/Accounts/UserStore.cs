using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Accounts;

/// <summary>Reads and writes <c>app_user</c>. The SQL is the same in both dialects.</summary>
public sealed class UserStore(DatabaseTarget target)
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(UserStore).Assembly);

    public bool Exists(string name)
    {
        using var connection = target.Open();
        return connection.ExecuteScalar<long>(Scripts.Read(target.Dialect, "Accounts", "UserExists"), new { name }) > 0;
    }

    public void Add(string name, string role, string? institutionDane, string passwordHash, DateTime nowUtc)
    {
        using var connection = target.Open();
        connection.Execute(
            Scripts.Read(target.Dialect, "Accounts", "UserInsert"),
            new { name, role, institutionDane, passwordHash, nowUtc });
    }

    public AppUser? FindByName(string name)
    {
        using var connection = target.Open();
        var row = connection.QuerySingleOrDefault<UserRow>(Scripts.Read(target.Dialect, "Accounts", "UserByName"), new { name });
        return row?.ToUser();
    }

    public IReadOnlyList<AppUser> List()
    {
        using var connection = target.Open();
        return connection.Query<UserRow>(Scripts.Read(target.Dialect, "Accounts", "UserList")).Select(r => r.ToUser()).ToList();
    }

    /// <summary>Whether the loaded extracts know this institution (a rector's account must name one).</summary>
    public bool InstitutionExists(string dane)
    {
        using var connection = target.Open();
        return connection.ExecuteScalar<long>(Scripts.Read(target.Dialect, "Accounts", "InstitutionExists"), new { dane }) > 0;
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
