using System.Security.Cryptography;
using System.Text;
using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Accounts;

/// <summary>
/// The lockout counter of <c>sign_in_attempt</c>, per (account name, client address). Each attempt is counted by one
/// atomic statement before its password is checked (RegisterAttempt.sql), so a parallel burst cannot slip a guess in
/// under a stale count. Names are keyed by their SHA-256: unknown names get a row too (same path, same timing) and
/// are never stored in clear.
/// </summary>
public sealed class SignInAttempts(DatabaseTarget target)
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(SignInAttempts).Assembly);

    /// <summary>Rows quiet for longer than this are purged on the next successful sign-in.</summary>
    public static readonly TimeSpan PurgeAfter = TimeSpan.FromDays(1);

    /// <summary>Counts one attempt at <paramref name="now"/> and returns the count including it, and the lock if any.</summary>
    public AttemptCount Register(string name, string clientIp, DateTime now, SignInLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        using var connection = target.Open();
        var row = connection.QuerySingle<AttemptRow>(Scripts.Read(target.Dialect, "Accounts", "RegisterAttempt"), new
        {
            nameHash = NameHash(name),
            clientIp,
            now,
            windowStart = now - limits.LockoutDuration,
            lockUntil = now + limits.LockoutDuration,
            maxAttempts = limits.MaxAttempts,
        });
        return new AttemptCount((int)row.Attempts, row.LockedUntil is { } until ? DateTime.SpecifyKind(until, DateTimeKind.Utc) : null);
    }

    /// <summary>Ends the count of this name from this address (right password) and purges long-quiet rows.</summary>
    public void Clear(string name, string clientIp, DateTime now)
    {
        using var connection = target.Open();
        connection.Execute(Scripts.Read(target.Dialect, "Accounts", "ClearAttempts"), new { nameHash = NameHash(name), clientIp, purgeBefore = now - PurgeAfter });
    }

    /// <summary>Ends every count and lock of this name, from every address (a manager unlocks the account).</summary>
    public void ClearAll(string name)
    {
        using var connection = target.Open();
        connection.Execute(Scripts.Read(target.Dialect, "Accounts", "ClearAllAttempts"), new { nameHash = NameHash(name) });
    }

    /// <summary>Account names locked now (from at least one address), with how many addresses and until when.</summary>
    public IReadOnlyDictionary<string, ActiveLock> ActiveLocks(IEnumerable<string> names, DateTime now, SignInLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        using var connection = target.Open();
        var locks = connection.Query<LockRow>(Scripts.Read(target.Dialect, "Accounts", "ActiveLocks"), new { now, maxAttempts = limits.MaxAttempts })
            .ToDictionary(r => r.NameHash.Trim(), StringComparer.Ordinal);
        var result = new Dictionary<string, ActiveLock>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (locks.TryGetValue(NameHash(name), out var row))
            {
                result[name] = new ActiveLock((int)row.Addresses, DateTime.SpecifyKind(row.LockedUntil, DateTimeKind.Utc));
            }
        }

        return result;
    }

    /// <summary>Lower-case hex SHA-256 of the name as typed (trimmed), the table's key.</summary>
    public static string NameHash(string name) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));

    private sealed class AttemptRow
    {
        public long Attempts { get; init; }

        public DateTime? LockedUntil { get; init; }
    }

    private sealed class LockRow
    {
        public string NameHash { get; init; } = "";

        public long Addresses { get; init; }

        public DateTime LockedUntil { get; init; }
    }
}

/// <summary>The attempt count of one (name, address) after an attempt, and its lock end when locked.</summary>
public sealed record AttemptCount(int Attempts, DateTime? LockedUntilUtc);

/// <summary>A name's current locks: from how many client addresses, and when the last one ends.</summary>
public sealed record ActiveLock(int Addresses, DateTime LockedUntilUtc);

/// <summary>How many attempts one address gets at one name, and how long the lock (and the quiet window) lasts.</summary>
public sealed record SignInLimits(int MaxAttempts, TimeSpan LockoutDuration)
{
    public static SignInLimits Default { get; } = new(5, TimeSpan.FromMinutes(15));
}
