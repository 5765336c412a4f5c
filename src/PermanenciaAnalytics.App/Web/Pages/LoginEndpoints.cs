using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Security;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>Login (cookie, antiforgery, lockout through <see cref="AccountService"/>), logout and the home redirect.</summary>
internal static class LoginEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/login", (HttpContext context, string? returnUrl) => Form(context, returnUrl, null));
        app.MapPost("/login", PostLogin);
        app.MapPost("/logout", async (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
            {
                return Results.BadRequest();
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            return Results.Redirect("/login");
        });
        app.MapGet("/", (HttpContext context) => Results.Redirect(HomeOf(context.User))).RequirePage(Capability.SignedIn);
        app.MapGet("/prohibido", ForbiddenPage.Result);
    }

    private static async Task<IResult> PostLogin(HttpContext context, IAntiforgery antiforgery, AccountService accounts)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Form(context, null, "La sesión del formulario expiró. Intente de nuevo.", StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        string? returnUrl = form["returnUrl"];
        var result = accounts.Authenticate(form["usuario"], form["contrasena"]);
        switch (result.Outcome)
        {
            case LoginOutcome.LockedOut:
                return Form(context, returnUrl,
                    $"Cuenta bloqueada por {AccountService.MaxFailedLogins} intentos fallidos. Intente de nuevo en {AccountService.LockoutDuration.TotalMinutes:0} minutos.",
                    StatusCodes.Status401Unauthorized);
            case LoginOutcome.Invalid:
                return Form(context, returnUrl, "Usuario o contraseña incorrectos.", StatusCodes.Status401Unauthorized);
        }

        var principal = new ClaimsPrincipal(PermanenciaClaims.Identity(result.User!, CookieAuthenticationDefaults.AuthenticationScheme));
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal).ConfigureAwait(false);
        // Only local paths: an absolute returnUrl would make the login an open redirect.
        var target = returnUrl is { Length: > 1 } && returnUrl[0] == '/' && returnUrl[1] != '/' && returnUrl[1] != '\\'
            ? returnUrl
            : HomeOf(principal);
        return Results.Redirect(target);
    }

    private static string HomeOf(ClaimsPrincipal user) => PermanenciaClaims.RoleOf(user) switch
    {
        UserRole.Rector => "/instituciones/" + Html.Url(PermanenciaClaims.InstitutionOf(user)),
        UserRole.Admin => "/auditoria",
        _ => "/tablero",
    };

    private static IResult Form(HttpContext context, string? returnUrl, string? error, int status = StatusCodes.Status200OK)
    {
        var body = $"""
            {(error is null ? "" : $"<p class=\"error\" role=\"alert\">{Html.E(error)}</p>")}
            <form class="login" method="post" action="/login">
              {Layout.Antiforgery(context)}
              <input type="hidden" name="returnUrl" value="{Html.Attr(returnUrl)}">
              <p><label for="usuario">Usuario</label>
              <input id="usuario" name="usuario" autocomplete="username" required></p>
              <p><label for="contrasena">Contraseña</label>
              <input id="contrasena" name="contrasena" type="password" autocomplete="current-password" required></p>
              <p><button type="submit">Ingresar</button></p>
            </form>
            """;
        return Layout.Page(context, "Ingresar", body, status);
    }
}
