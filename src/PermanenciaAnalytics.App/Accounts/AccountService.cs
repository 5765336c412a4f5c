using Microsoft.AspNetCore.Identity;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.Core.Security;
using PermanenciaAnalytics.Core.Time;

namespace PermanenciaAnalytics.App.Accounts;

/// <summary>
/// Creates accounts and checks passwords with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>.
/// Sign-in (docs/reliability.md, "Inicio de sesión y cuentas"): every attempt is counted per (name, client address)
/// before the password is checked; the attempt that reaches <see cref="SignInLimits.MaxAttempts"/> locks that name
/// from that address for <see cref="SignInLimits.LockoutDuration"/>, and while locked even the right password is
/// refused. An unknown name takes the same path — counted, a dummy hash verified, audited — so neither the answer
/// nor its time tells whether an account exists. Account creation, failed sign-ins and locks go to the audit log.
/// </summary>
public sealed class AccountService
{
    /// <summary>The audit log's user for a name that is not an account (the name itself is never stored).</summary>
    public const string UnknownUser = "(desconocido)";

    private static readonly AppUser DummyUser = new(0, "", UserRole.Secretaria, null, "", 0, null);

    private readonly UserStore store;
    private readonly SignInAttempts attempts;
    private readonly AuditLog audit;
    private readonly TimeProvider clock;
    private readonly IPasswordHasher<AppUser> hasher;

    // Same hasher, so same format and iteration count as a real account's hash: verifying it costs the same.
    private readonly string dummyHash;

    public AccountService(UserStore store, SignInAttempts attempts, AuditLog audit, TimeProvider clock, SignInLimits limits,
        IPasswordHasher<AppUser>? hasher = null)
    {
        this.store = store;
        this.attempts = attempts;
        this.audit = audit;
        this.clock = clock;
        Limits = limits;
        this.hasher = hasher ?? new PasswordHasher<AppUser>();
        dummyHash = this.hasher.HashPassword(DummyUser, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
    }

    public SignInLimits Limits { get; }

    /// <summary>The service over one database with the default limits (CLI, tests).</summary>
    public static AccountService For(Etl.Database.DatabaseTarget target, TimeProvider clock) =>
        new(new UserStore(target), new SignInAttempts(target), new AuditLog(target, clock), clock, SignInLimits.Default);

    /// <summary>
    /// Adds an account and audits who created it; throws <see cref="ArgumentException"/> with a Spanish message on
    /// invalid input. Whether <paramref name="actor"/> may grant <paramref name="role"/> is the caller's check
    /// (<c>AccessPolicy.MayGrant</c> on the web; the CLI is the server operator).
    /// </summary>
    public void AddUser(string name, UserRole role, string? institutionDane, string password, AccountActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
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

        var dane = institutionDane?.Trim();
        if (dane is not null && !store.InstitutionExists(dane))
        {
            throw new ArgumentException($"No hay ninguna institución con el código DANE '{dane}' en los extractos cargados.", nameof(institutionDane));
        }

        RequireStrong(password);

        var trimmedName = name.Trim();
        if (trimmedName.Length > 100)
        {
            throw new ArgumentException("El nombre de usuario admite a lo sumo 100 caracteres.", nameof(name));
        }

        if (store.Exists(trimmedName))
        {
            throw new ArgumentException($"Ya existe un usuario llamado '{trimmedName}'.", nameof(name));
        }

        var placeholder = new AppUser(0, trimmedName, role, dane, "", 0, null);
        store.Add(trimmedName, RoleNames.ToName(role), dane, hasher.HashPassword(placeholder, password), clock.GetUtcNow().UtcDateTime);
        // Never the password: who, which account, which role and institution.
        audit.Write(actor.Name, actor.Role, "cuenta_creada", dane, null, $"cuenta {trimmedName}, rol {RoleNames.ToName(role)}");
    }

    /// <summary>
    /// Disables or re-enables an account; its open sessions end either way. Whether <paramref name="actor"/> may manage
    /// the account is the caller's check, as for <see cref="AddUser"/>.
    /// </summary>
    public void SetDisabled(AppUser user, bool disabled, AccountActor actor)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(actor);
        store.SetDisabled(user.Name, disabled ? clock.GetUtcNow().UtcDateTime : null);
        audit.Write(actor.Name, actor.Role, disabled ? "cuenta_desactivada" : "cuenta_reactivada", user.InstitutionDane, null, $"cuenta {user.Name}");
    }

    /// <summary>Gives an account a new password (at least 8 characters) and ends its sessions.</summary>
    public void ResetPassword(AppUser user, string password, AccountActor actor)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(actor);
        RequireStrong(password);
        store.SetPassword(user.Name, hasher.HashPassword(user, password));
        // A manager who resets a password has also dealt with the lock that usually prompts it.
        attempts.ClearAll(user.Name);
        audit.Write(actor.Name, actor.Role, "clave_restablecida", user.InstitutionDane, null, $"cuenta {user.Name}");
    }

    /// <summary>Ends the sign-in lock of an account from every address.</summary>
    public void Unlock(AppUser user, AccountActor actor)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(actor);
        attempts.ClearAll(user.Name);
        audit.Write(actor.Name, actor.Role, "cuenta_desbloqueada", user.InstitutionDane, null, $"cuenta {user.Name}");
    }

    private static void RequireStrong(string password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < 8)
        {
            throw new ArgumentException("La contraseña debe tener al menos 8 caracteres.", nameof(password));
        }
    }

    /// <summary>Checks a sign-in from <paramref name="clientIp"/> through <paramref name="channel"/> ("web" or "api").</summary>
    public LoginResult Authenticate(string? name, string? password, string clientIp, string channel)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password))
        {
            return LoginResult.Invalid;
        }

        var trimmed = name.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        // Counted first, atomically: a guess inside a parallel burst sees the count that includes every earlier one.
        var count = attempts.Register(trimmed, clientIp, now, Limits);
        var user = store.FindByName(trimmed);
        var verdict = hasher.VerifyHashedPassword(user ?? DummyUser, user?.PasswordHash ?? dummyHash, password);
        var auditUser = user?.Name ?? UnknownUser;
        var auditRole = user is null ? "" : RoleNames.ToName(user.Role);
        if (count.Attempts > Limits.MaxAttempts)
        {
            audit.Write(auditUser, auditRole, "inicio_rechazado_bloqueo", user?.InstitutionDane, null, $"{channel} desde {clientIp}, intento {count.Attempts}");
            return LoginResult.LockedOut;
        }

        if (user is { Disabled: true } && verdict != PasswordVerificationResult.Failed)
        {
            // The same answer as a wrong password on the page; the reason is in the audit log.
            audit.Write(auditUser, auditRole, "inicio_cuenta_desactivada", user.InstitutionDane, null, $"{channel} desde {clientIp}");
            return LoginResult.Invalid;
        }

        if (user is null || verdict == PasswordVerificationResult.Failed)
        {
            audit.Write(auditUser, auditRole, "inicio_fallido", user?.InstitutionDane, null, $"{channel} desde {clientIp}, intento {count.Attempts} de {Limits.MaxAttempts}");
            if (count.Attempts < Limits.MaxAttempts)
            {
                return LoginResult.Invalid;
            }

            audit.Write(auditUser, auditRole, "bloqueo_inicio_sesion", user?.InstitutionDane, null,
                $"{channel} desde {clientIp} hasta {(count.LockedUntilUtc is { } until ? BogotaTime.FromUtc(until) : (DateTime?)null):yyyy-MM-dd HH:mm} (hora de Bogotá)");
            return LoginResult.LockedOut;
        }

        attempts.Clear(trimmed, clientIp, now);
        return LoginResult.Success(user);
    }
}

/// <summary>Who changes an account, for the audit log: a signed-in user, or the CLI operator.</summary>
public sealed record AccountActor(string Name, string Role)
{
    /// <summary>The server operator running <c>permanencia users …</c> (the OS account name, never a password).</summary>
    public static AccountActor Cli() => new("cli:" + Environment.UserName, "operador");
}

public sealed record LoginResult(LoginOutcome Outcome, AppUser? User)
{
    public static LoginResult Invalid { get; } = new(LoginOutcome.Invalid, null);

    public static LoginResult LockedOut { get; } = new(LoginOutcome.LockedOut, null);

    public static LoginResult Success(AppUser user) => new(LoginOutcome.Success, user);
}

/// <summary>
/// Outcome of a sign-in. <see cref="Invalid"/> and <see cref="LockedOut"/> are told apart only in the audit log: the
/// pages and the API answer both with the same words, so a lock does not reveal that an account exists.
/// </summary>
public enum LoginOutcome
{
    Success,
    Invalid,
    LockedOut,
}
