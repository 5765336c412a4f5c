using PermanenciaAnalytics.Core.Security;

namespace PermanenciaAnalytics.App.Accounts;

/// <summary>A web account. <see cref="InstitutionDane"/> is set only for rectors (docs/design.md §1).</summary>
public sealed record AppUser(
    long Id,
    string Name,
    UserRole Role,
    string? InstitutionDane,
    string PasswordHash,
    int FailedLogins,
    DateTime? LockedUntilUtc,
    DateTime? DisabledAtUtc = null,
    int SessionStamp = 0)
{
    /// <summary>A disabled account cannot sign in and its sessions end; it stays listed for the audit trail.</summary>
    public bool Disabled => DisabledAtUtc is not null;
}
