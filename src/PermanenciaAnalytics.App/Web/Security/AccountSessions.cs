using System.Diagnostics;
using System.Security.Claims;
using PermanenciaAnalytics.App.Accounts;

namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>
/// Checks each signed-in request against the account's current state: a session whose account was disabled, removed,
/// or given a new password (its stamp changed) is no longer accepted, cookie and bearer token alike. The states of all
/// accounts (a small table) are read at most every <see cref="MaxAge"/> rather than once per request. A change made by
/// this process takes effect at once (<see cref="Forget"/>), and a change made by the CLI or another <c>serve</c>
/// within <see cref="MaxAge"/>.
/// </summary>
public sealed class AccountSessions(UserStore users)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly Lock gate = new();
    private IReadOnlyDictionary<string, SessionState>? states;
    private long readAt;

    public bool IsCurrent(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var name = PermanenciaClaims.NameOf(principal);
        return States().TryGetValue(name, out var state) && !state.Disabled && state.Stamp == PermanenciaClaims.StampOf(principal);
    }

    /// <summary>Drops the cached states after this process changed an account.</summary>
    public void Forget()
    {
        lock (gate)
        {
            states = null;
        }
    }

    private IReadOnlyDictionary<string, SessionState> States()
    {
        lock (gate)
        {
            // Elapsed real time, not the app's TimeProvider: a frozen test clock must not freeze the cache.
            if (states is null || Stopwatch.GetElapsedTime(readAt) > MaxAge)
            {
                states = users.SessionStates();
                readAt = Stopwatch.GetTimestamp();
            }

            return states;
        }
    }
}
