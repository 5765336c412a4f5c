using System.Security.Claims;
using PermanenciaAnalytics.Core.Security;

namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>
/// The one place that decides who may do what (docs/design.md §1). Every page, API call, export and chart goes through
/// <see cref="AccessFilter"/>, which asks this class; the Hangfire dashboard filter asks it too.
/// </summary>
public static class AccessPolicy
{
    public static AccessDecision Decide(ClaimsPrincipal principal, Capability capability, string? institutionDane)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (PermanenciaClaims.RoleOf(principal) is not { } role)
        {
            return AccessDecision.NotSignedIn;
        }

        var ownInstitution = role == UserRole.Rector
            && institutionDane is not null
            && string.Equals(PermanenciaClaims.InstitutionOf(principal), institutionDane, StringComparison.Ordinal);
        var allowed = capability switch
        {
            Capability.SignedIn => true,
            Capability.MunicipalView => role is UserRole.Secretaria or UserRole.Cobertura,
            Capability.InstitutionView or Capability.PlanView => role is UserRole.Secretaria or UserRole.Cobertura || ownInstitution,
            Capability.StudentList or Capability.PlanUpload => role is UserRole.Cobertura || ownInstitution,
            Capability.Upload or Capability.ManageUsers or Capability.ExactCounts => role is UserRole.Cobertura,
            Capability.Operate => role is UserRole.Admin,
            _ => false,
        };
        return allowed ? AccessDecision.Allowed : AccessDecision.Forbidden;
    }

    public static bool Allows(ClaimsPrincipal principal, Capability capability, string? institutionDane = null) =>
        Decide(principal, capability, institutionDane) == AccessDecision.Allowed;

    /// <summary>
    /// Whether <paramref name="principal"/> may create an account of <paramref name="role"/> on the web: a manager of
    /// users may grant only roles strictly below their own (admin &gt; cobertura &gt; secretaria, rector). So cobertura
    /// creates secretaria and rector accounts; cobertura and admin accounts are made by the server operator with
    /// <c>permanencia users add</c>, never by a web user raising someone to their own rank or above.
    /// </summary>
    public static bool MayGrant(ClaimsPrincipal principal, UserRole role)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return Allows(principal, Capability.ManageUsers)
            && PermanenciaClaims.RoleOf(principal) is { } own
            && Rank(role) < Rank(own);
    }

    /// <summary>Whether <paramref name="principal"/> may disable, unlock or reset <paramref name="target"/>: a role below their own, never themselves.</summary>
    public static bool MayManage(ClaimsPrincipal principal, Accounts.AppUser target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return MayGrant(principal, target.Role)
            && !string.Equals(target.Name, PermanenciaClaims.NameOf(principal), StringComparison.Ordinal);
    }

    private static int Rank(UserRole role) => role switch
    {
        UserRole.Admin => 3,
        UserRole.Cobertura => 2,
        _ => 1,
    };
}

public enum AccessDecision
{
    Allowed,
    NotSignedIn,
    Forbidden,
}
