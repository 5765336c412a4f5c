using Microsoft.AspNetCore.Identity;
using PermanenciaAnalytics.Core.Security;

namespace PermanenciaAnalytics.App.Accounts;

/// <summary>
/// Creates accounts and checks passwords with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>.
/// After <see cref="MaxFailedLogins"/> consecutive failures the account is locked for <see cref="LockoutDuration"/>;
/// while locked even the right password is refused, so guessing cannot continue.
/// </summary>
public sealed class AccountService(UserStore store, TimeProvider clock)
{
    public const int MaxFailedLogins = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private readonly PasswordHasher<AppUser> hasher = new();

    /// <summary>Adds an account; throws <see cref="ArgumentException"/> with a Spanish message on invalid input.</summary>
    public void AddUser(string name, UserRole role, string? institutionDane, string password)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("El nombre de usuario es obligatorio.", nameof(name));
        }

        if (role == UserRole.Rector && string.IsNullOrWhiteSpace(institutionDane))
        {
            throw new ArgumentException("Un rector necesita --institution con el código DANE de su institución.", nameof(institutionDane));
        }

        if (role != UserRole.Rector && !string.IsNullOrWhiteSpace(institutionDane))
        {
            throw new ArgumentException("Solo el rol rector lleva --institution.", nameof(institutionDane));
        }

        if (string.IsNullOrEmpty(password) || password.Length < 8)
        {
            throw new ArgumentException("La contraseña debe tener al menos 8 caracteres.", nameof(password));
        }

        var trimmedName = name.Trim();
        if (store.Exists(trimmedName))
        {
            throw new ArgumentException($"Ya existe un usuario llamado '{trimmedName}'.", nameof(name));
        }

        var placeholder = new AppUser(0, trimmedName, role, institutionDane, "", 0, null);
        store.Add(trimmedName, RoleNames.ToName(role), institutionDane?.Trim(), hasher.HashPassword(placeholder, password), clock.GetUtcNow().UtcDateTime);
    }

    public LoginResult Authenticate(string? name, string? password)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password))
        {
            return LoginResult.Invalid;
        }

        var user = store.FindByName(name.Trim());
        if (user is null)
        {
            return LoginResult.Invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (user.LockedUntilUtc is { } until && until > now)
        {
            return LoginResult.LockedOut;
        }

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            // A lock that has expired starts a fresh count.
            var failures = (user.LockedUntilUtc is null ? user.FailedLogins : 0) + 1;
            var lockUntil = failures >= MaxFailedLogins ? now + LockoutDuration : (DateTime?)null;
            store.RecordFailure(user.Id, failures, lockUntil);
            return lockUntil is null ? LoginResult.Invalid : LoginResult.LockedOut;
        }

        store.ResetFailures(user.Id);
        return LoginResult.Success(user);
    }
}

public sealed record LoginResult(LoginOutcome Outcome, AppUser? User)
{
    public static LoginResult Invalid { get; } = new(LoginOutcome.Invalid, null);

    public static LoginResult LockedOut { get; } = new(LoginOutcome.LockedOut, null);

    public static LoginResult Success(AppUser user) => new(LoginOutcome.Success, user);
}

public enum LoginOutcome
{
    Success,
    Invalid,
    LockedOut,
}
