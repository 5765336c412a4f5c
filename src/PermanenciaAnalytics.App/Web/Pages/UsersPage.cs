using Microsoft.AspNetCore.Antiforgery;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Exports;
using PermanenciaAnalytics.App.Web.Security;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// Users page (cobertura): lists accounts, adds one, and disables, re-enables, unlocks or resets the password of an
/// account. A manager grants and manages only roles below their own (<see cref="AccessPolicy.MayGrant"/>); a refused
/// grant and every change are audited, and a change ends the account's sessions at once. Password hashes never leave the store.
/// </summary>
internal static class UsersPage
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/usuarios", (HttpContext context, UserStore users, SignInAttempts attempts, AccountService accounts, TimeProvider clock) =>
                Render(context, users, attempts, accounts, clock, null, StatusCodes.Status200OK))
            .RequirePage(Capability.ManageUsers);
        app.MapPost("/usuarios", Add).RequirePage(Capability.ManageUsers);
        app.MapPost("/usuarios/{nombre}/{accion}", Change).RequirePage(Capability.ManageUsers);
        app.MapGet("/usuarios.{formato}", (HttpContext context, string formato, UserStore users, SignInAttempts attempts, AccountService accounts, TimeProvider clock, AuditLog audit) =>
            {
                var all = users.List();
                return ExportResults.File(context, audit, UserTable.Of(all, LocksOf(all, attempts, accounts, clock)), formato, null, null);
            }).RequirePage(Capability.ManageUsers);
    }

    private static async Task<IResult> Change(HttpContext context, string nombre, string accion, IAntiforgery antiforgery, AccountService accounts,
        UserStore users, SignInAttempts attempts, AccountSessions sessions, TimeProvider clock)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Render(context, users, attempts, accounts, clock, "Formulario vencido: recargue la página.", StatusCodes.Status400BadRequest);
        }

        var target = users.FindByName(nombre);
        if (target is null || !AccessPolicy.MayManage(context.User, target))
        {
            return Render(context, users, attempts, accounts, clock,
                "Esa cuenta no existe o su rol no puede administrarla: solo cuentas de roles por debajo del suyo.", StatusCodes.Status403Forbidden);
        }

        var actor = Actor(context);
        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        try
        {
            switch (accion)
            {
                case "desactivar":
                    accounts.SetDisabled(target, disabled: true, actor);
                    break;
                case "reactivar":
                    accounts.SetDisabled(target, disabled: false, actor);
                    break;
                case "desbloquear":
                    accounts.Unlock(target, actor);
                    break;
                case "contrasena":
                    accounts.ResetPassword(target, form["contrasena"].ToString(), actor);
                    break;
                default:
                    return Results.NotFound();
            }
        }
        catch (ArgumentException ex)
        {
            return Render(context, users, attempts, accounts, clock, ex.Message.Split(" (Parameter", StringSplitOptions.None)[0], StatusCodes.Status400BadRequest);
        }
        finally
        {
            sessions.Forget();
        }

        return Results.Redirect("/usuarios?hecho=" + Uri.EscapeDataString(accion) + "&cuenta=" + Uri.EscapeDataString(target.Name));
    }

    private static AccountActor Actor(HttpContext context) =>
        new(PermanenciaClaims.NameOf(context.User), RoleNames.ToName(PermanenciaClaims.RoleOf(context.User)!.Value));

    private static async Task<IResult> Add(HttpContext context, IAntiforgery antiforgery, AccountService accounts, UserStore users, SignInAttempts attempts,
        AuditLog audit, TimeProvider clock)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Render(context, users, attempts, accounts, clock, "Formulario vencido: recargue la página.", StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        if (!RoleNames.TryParse(form["rol"], out var role))
        {
            return Render(context, users, attempts, accounts, clock, "Seleccione un rol válido.", StatusCodes.Status400BadRequest);
        }

        if (!AccessPolicy.MayGrant(context.User, role))
        {
            WebAudit.Write(context, audit, "cuenta_rol_no_permitido", null, null, $"rol pedido {RoleNames.ToName(role)}");
            return Render(context, users, attempts, accounts, clock,
                $"Su rol no puede crear cuentas de {RoleNames.Spanish(role)}: solo roles por debajo del suyo. Las cuentas de cobertura y de administración se crean en el servidor con «permanencia users add».",
                StatusCodes.Status403Forbidden);
        }

        try
        {
            var institution = form["institucion"].ToString();
            accounts.AddUser(form["nombre"].ToString(), role, string.IsNullOrWhiteSpace(institution) ? null : institution, form["contrasena"].ToString(), Actor(context));
        }
        catch (ArgumentException ex)
        {
            return Render(context, users, attempts, accounts, clock, ex.Message.Split(" (Parameter", StringSplitOptions.None)[0], StatusCodes.Status400BadRequest);
        }

        return Results.Redirect("/usuarios");
    }

    private static IResult Render(HttpContext context, UserStore users, SignInAttempts attempts, AccountService accounts, TimeProvider clock, string? error, int status)
    {
        var all = users.List();
        var locks = LocksOf(all, attempts, accounts, clock);
        var query = context.Request.Query;
        // Only about an account that exists: the query string must not put arbitrary words on the page.
        var account = query["cuenta"].ToString();
        var done = status == StatusCodes.Status200OK && all.Any(u => u.Name == account) ? DoneMessage(query["hecho"].ToString(), account) : null;
        return View.Of<UsersView>(new { Users = all, Locks = locks, Error = error, Done = done }, status);
    }

    private static IReadOnlyDictionary<string, ActiveLock> LocksOf(IReadOnlyList<AppUser> users, SignInAttempts attempts, AccountService accounts, TimeProvider clock) =>
        attempts.ActiveLocks(users.Select(u => u.Name), clock.GetUtcNow().UtcDateTime, accounts.Limits);

    private static string? DoneMessage(string action, string account) => action switch
    {
        "desactivar" => $"Cuenta {account} desactivada; sus sesiones abiertas terminaron.",
        "reactivar" => $"Cuenta {account} reactivada.",
        "desbloquear" => $"Ingreso de {account} desbloqueado.",
        "contrasena" => $"Contraseña de {account} restablecida; sus sesiones abiertas terminaron. Entréguele la nueva contraseña por un canal seguro.",
        _ => null,
    };
}
