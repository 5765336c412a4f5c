using System.Security.Claims;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.Core.Security;

namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>The claims both the cookie and the bearer token carry: name, role, and a rector's institution.</summary>
public static class PermanenciaClaims
{
    public const string Institution = "permanencia:institution";

    public static ClaimsIdentity Identity(AppUser user, string authenticationType) =>
        Identity(user.Name, user.Role, user.InstitutionDane, authenticationType);

    public static ClaimsIdentity Identity(string name, UserRole role, string? institutionDane, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, name),
            new(ClaimTypes.Role, RoleNames.ToName(role)),
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
}
