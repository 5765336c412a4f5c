using Microsoft.AspNetCore.Antiforgery;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Security;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// Users page (cobertura): lists accounts and adds one. A manager grants only roles below their own
/// (<see cref="AccessPolicy.MayGrant"/>); a refused grant and every creation are audited. Password hashes never leave the store.
/// </summary>
internal static class UsersPage
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/usuarios", (HttpContext context, UserStore users, SignInAttempts attempts, AccountService accounts, TimeProvider clock) =>
                Render(context, users, attempts, accounts, clock, null, StatusCodes.Status200OK))
            .RequirePage(Capability.ManageUsers);
        app.MapPost("/usuarios", Add).RequirePage(Capability.ManageUsers);
    }

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
            var actor = new AccountActor(PermanenciaClaims.NameOf(context.User), RoleNames.ToName(PermanenciaClaims.RoleOf(context.User)!.Value));
            accounts.AddUser(form["nombre"].ToString(), role, string.IsNullOrWhiteSpace(institution) ? null : institution, form["contrasena"].ToString(), actor);
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
        var locks = attempts.ActiveLocks(all.Select(u => u.Name), clock.GetUtcNow().UtcDateTime, accounts.Limits);
        return View.Of<UsersView>(new { Users = all, Locks = locks, Error = error }, status);
    }
}
