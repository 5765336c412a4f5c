using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.App.Web.Components.Support;

namespace PermanenciaAnalytics.App.Web.Exports;

/// <summary>The accounts as the users page lists them; never a password hash.</summary>
internal static class UserTable
{
    public static ExportTable Of(IReadOnlyList<AppUser> users, IReadOnlyDictionary<string, ActiveLock> locks) => new(
        "usuarios",
        "Cuentas registradas",
        [new("Usuario"), new("Rol"), new("Institución"), new("Estado")],
        [.. users.Select(u => (object?[])[u.Name, RoleNames.Spanish(u.Role), u.InstitutionDane, AccountStates.Describe(u, locks)])]);
}
