using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Security;

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
        var html = new StringBuilder();
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(Html.E(error)).Append("</p>\n");
        }

        var all = users.List();
        var locks = attempts.ActiveLocks(all.Select(u => u.Name), clock.GetUtcNow().UtcDateTime, accounts.Limits);
        html.Append("<div class=\"scroll\"><table>\n<caption>Cuentas registradas</caption>\n<thead><tr><th scope=\"col\">Usuario</th><th scope=\"col\">Rol</th><th scope=\"col\">Institución</th><th scope=\"col\">Estado</th></tr></thead><tbody>\n");
        foreach (var user in all)
        {
            var state = locks.TryGetValue(user.Name, out var held)
                ? $"Ingreso suspendido desde {held.Addresses} {(held.Addresses == 1 ? "equipo" : "equipos")} hasta {Html.DateTime(held.LockedUntilUtc)}"
                : "Activa";
            html.Append("<tr><td>").Append(Html.E(user.Name)).Append("</td><td>").Append(Html.E(RoleNames.Spanish(user.Role))).Append("</td><td>")
                .Append(Html.E(user.InstitutionDane ?? "—")).Append("</td><td>").Append(state).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n<h2>Crear cuenta</h2>\n<form method=\"post\" action=\"/usuarios\">").Append(Layout.Antiforgery(context))
            .Append("<p><label for=\"nombre\">Usuario</label><input id=\"nombre\" name=\"nombre\" maxlength=\"100\" required></p>")
            .Append("<p><label for=\"rol\">Rol</label><select id=\"rol\" name=\"rol\" required>");
        foreach (var role in new[] { UserRole.Secretaria, UserRole.Rector, UserRole.Cobertura, UserRole.Admin }.Where(r => AccessPolicy.MayGrant(context.User, r)))
        {
            html.Append("<option value=\"").Append(RoleNames.ToName(role)).Append("\">").Append(Html.E(RoleNames.Spanish(role))).Append("</option>");
        }

        html.Append("</select></p>")
            .Append("<p><label for=\"institucion\">Código DANE de la institución (solo rector)</label><input id=\"institucion\" name=\"institucion\" inputmode=\"numeric\"></p>")
            .Append("<p><label for=\"contrasena\">Contraseña (mínimo 8 caracteres)</label><input id=\"contrasena\" name=\"contrasena\" type=\"password\" autocomplete=\"new-password\" minlength=\"8\" required></p>")
            .Append("<p><button type=\"submit\">Crear</button></p></form>\n");
        return Layout.Page(context, "Usuarios", html.ToString(), status);
    }
}
