using PermanenciaAnalytics.Core.Security;

namespace PermanenciaAnalytics.App.Accounts;

/// <summary>The lower-case role names used on the command line, in the database and in tokens.</summary>
public static class RoleNames
{
    public static string ToName(UserRole role) => role switch
    {
        UserRole.Secretaria => "secretaria",
        UserRole.Cobertura => "cobertura",
        UserRole.Rector => "rector",
        UserRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static UserRole Parse(string? text) =>
        TryParse(text, out var role) ? role : throw new ArgumentException($"Rol desconocido: '{text}'.", nameof(text));

    public static bool TryParse(string? text, out UserRole role)
    {
        foreach (var candidate in Enum.GetValues<UserRole>())
        {
            if (string.Equals(ToName(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    public static string Spanish(UserRole role) => role switch
    {
        UserRole.Secretaria => "Secretaría (seguimiento)",
        UserRole.Cobertura => "Líder de cobertura",
        UserRole.Rector => "Rector(a)",
        UserRole.Admin => "Administrador(a)",
        _ => role.ToString(),
    };
}
