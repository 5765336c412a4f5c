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

    /// <summary>Disables (<paramref name="disabledAtUtc"/> set) or re-enables (null) an account; its sessions end.</summary>
    public void SetDisabled(string name, DateTime? disabledAtUtc)
    {
        using var connection = target.Open();
        connection.Execute(Scripts.Read(target.Dialect, "Accounts", "UserSetDisabled"), new { name, disabledAtUtc });
    }

    /// <summary>Replaces the password hash; the account's sessions end.</summary>
    public void SetPassword(string name, string passwordHash)
    {
        using var connection = target.Open();
        connection.Execute(Scripts.Read(target.Dialect, "Accounts", "UserSetPassword"), new { name, passwordHash });
    }

    /// <summary>Every account's session stamp and whether it is disabled, by name.</summary>
    public IReadOnlyDictionary<string, SessionState> SessionStates()
    {
        using var connection = target.Open();
        return connection.Query<SessionRow>(Scripts.Read(target.Dialect, "Accounts", "UserSessionStamps"))
            .ToDictionary(r => r.Name, r => new SessionState((int)r.SessionStamp, r.Disabled != 0), StringComparer.Ordinal);
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

        public DateTime? DisabledAtUtc { get; init; }

        public long SessionStamp { get; init; }

        public AppUser ToUser()
        {
            if (!RoleNames.TryParse(Role, out var role))
            {
                throw new InvalidOperationException($"User {Id} has an unknown role in app_user.");
            }

            var locked = LockedUntilUtc is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : (DateTime?)null;
            var disabled = DisabledAtUtc is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : (DateTime?)null;
            return new AppUser(Id, Name, role, InstitutionDane, PasswordHash, (int)FailedLogins, locked, disabled, (int)SessionStamp);
        }
    }

    private sealed class SessionRow
    {
        public string Name { get; init; } = "";

        public long SessionStamp { get; init; }

        public long Disabled { get; init; }
    }
}

/// <summary>What a session is checked against: the account's current stamp, and whether it is disabled.</summary>
public readonly record struct SessionState(int Stamp, bool Disabled);
