namespace PermanenciaAnalytics.Core.Security;

/// <summary>docs/design.md §1. A rector sees only their own institution.</summary>
public enum UserRole
{
    Secretaria,
    Cobertura,
    Rector,
    Admin,
}
