using System.Security.Claims;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.Core.Security;

namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>The claims both the cookie and the bearer token carry: name, role, and a rector's institution.</summary>
public static class PermanenciaClaims
{
    public const string Institution = "permanencia:institution";

    /// <summary>The account's session stamp when the session began (<see cref="AccountSessions"/>).</summary>
    public const string Stamp = "permanencia:stamp";

    public static ClaimsIdentity Identity(AppUser user, string authenticationType) =>
        Identity(user.Name, user.Role, user.InstitutionDane, authenticationType, user.SessionStamp);

    public static ClaimsIdentity Identity(string name, UserRole role, string? institutionDane, string authenticationType, int stamp = 0)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, name),
            new(ClaimTypes.Role, RoleNames.ToName(role)),
            new(Stamp, stamp.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (!string.IsNullOrEmpty(institutionDane))
        {
            claims.Add(new Claim(Institution, institutionDane));
        }

        return new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role);
    }

    public static UserRole? RoleOf(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true && RoleNames.TryParse(principal.FindFirstValue(ClaimTypes.Role), out var role)
            ? role
            : null;

    public static string? InstitutionOf(ClaimsPrincipal principal) => principal.FindFirstValue(Institution);

    public static string NameOf(ClaimsPrincipal principal) => principal.Identity?.Name ?? "";

    /// <summary>The stamp the session carries; 0 for a session begun before stamps existed (the column's default).</summary>
    public static int StampOf(ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(Stamp), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var stamp) ? stamp : 0;
}
