using PermanenciaAnalytics.App.Accounts;

namespace PermanenciaAnalytics.App.Web.Components.Support;

/// <summary>An account's state in words (active, disabled, sign-in suspended), the same on the users page and in its download.</summary>
public static class AccountStates
{
    public static string Describe(AppUser user, IReadOnlyDictionary<string, ActiveLock> locks)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(locks);
        return user.DisabledAtUtc is { } disabled
            ? $"Desactivada desde {Html.DateTime(disabled)}"
            : locks.TryGetValue(user.Name, out var held)
                ? $"Ingreso suspendido desde {held.Addresses} {(held.Addresses == 1 ? "equipo" : "equipos")} hasta {Html.DateTime(held.LockedUntilUtc)}"
                : "Activa";
    }
}
