using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.App.Web.Security;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>Users page (cobertura): lists accounts and adds one. Password hashes never leave the store.</summary>
internal static class UsersPage
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/usuarios", (HttpContext context, UserStore users, TimeProvider clock) => Render(context, users, clock, null, StatusCodes.Status200OK))
            .RequirePage(Capability.ManageUsers);
        app.MapPost("/usuarios", Add).RequirePage(Capability.ManageUsers);
    }

    private static async Task<IResult> Add(HttpContext context, IAntiforgery antiforgery, AccountService accounts, UserStore users, TimeProvider clock)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Render(context, users, clock, "Formulario vencido: recargue la página.", StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        if (!RoleNames.TryParse(form["rol"], out var role))
        {
            return Render(context, users, clock, "Seleccione un rol válido.", StatusCodes.Status400BadRequest);
        }

        try
        {
            var institution = form["institucion"].ToString();
            accounts.AddUser(form["nombre"].ToString(), role, string.IsNullOrWhiteSpace(institution) ? null : institution, form["contrasena"].ToString());
        }
        catch (ArgumentException ex)
        {
            return Render(context, users, clock, ex.Message.Split(" (Parameter", StringSplitOptions.None)[0], StatusCodes.Status400BadRequest);
        }

        return Results.Redirect("/usuarios");
    }

    private static IResult Render(HttpContext context, UserStore users, TimeProvider clock, string? error, int status)
    {
        var html = new StringBuilder();
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(Html.E(error)).Append("</p>\n");
        }

        html.Append("<div class=\"scroll\"><table>\n<caption>Cuentas registradas</caption>\n<thead><tr><th scope=\"col\">Usuario</th><th scope=\"col\">Rol</th><th scope=\"col\">Institución</th><th scope=\"col\">Estado</th></tr></thead><tbody>\n");
        foreach (var user in users.List())
        {
            var locked = user.LockedUntilUtc is { } until && until > clock.GetUtcNow().UtcDateTime;
            html.Append("<tr><td>").Append(Html.E(user.Name)).Append("</td><td>").Append(Html.E(RoleNames.Spanish(user.Role))).Append("</td><td>")
                .Append(Html.E(user.InstitutionDane ?? "—")).Append("</td><td>").Append(locked ? "Bloqueada temporalmente" : "Activa").Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n<h2>Crear cuenta</h2>\n<form method=\"post\" action=\"/usuarios\">").Append(Layout.Antiforgery(context))
            .Append("<p><label for=\"nombre\">Usuario</label><input id=\"nombre\" name=\"nombre\" required></p>")
            .Append("<p><label for=\"rol\">Rol</label><select id=\"rol\" name=\"rol\" required>")
            .Append("<option value=\"secretaria\">Secretaría</option><option value=\"cobertura\">Cobertura</option><option value=\"rector\">Rector(a)</option><option value=\"admin\">Administrador(a)</option></select></p>")
            .Append("<p><label for=\"institucion\">Código DANE de la institución (solo rector)</label><input id=\"institucion\" name=\"institucion\" inputmode=\"numeric\"></p>")
            .Append("<p><label for=\"contrasena\">Contraseña (mínimo 8 caracteres)</label><input id=\"contrasena\" name=\"contrasena\" type=\"password\" autocomplete=\"new-password\" minlength=\"8\" required></p>")
            .Append("<p><button type=\"submit\">Crear</button></p></form>\n");
        return Layout.Page(context, "Usuarios", html.ToString(), status);
    }
}
