using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components.Support;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Security;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>Login (cookie, antiforgery, lockout through <see cref="AccountService"/>), logout and the home redirect.</summary>
internal static class LoginEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/login", (HttpContext context, string? returnUrl) => Form(context, returnUrl, null)).AllowPublic("formulario de inicio de sesión");
        app.MapPost("/login", PostLogin).AllowPublic("inicio de sesión").RequireRateLimiting(SignInRateLimit.Policy);
        app.MapPost("/logout", async (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
            {
                return Results.BadRequest();
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            return Results.Redirect("/login");
        }).AllowPublic("cerrar sesión (antiforgery)");
        app.MapGet("/", (HttpContext context) => Results.Redirect(HomeOf(context.User))).RequirePage(Capability.SignedIn);
        app.MapGet("/prohibido", ForbiddenPage.Render).AllowPublic("página de acceso no permitido");
    }

    private static async Task<IResult> PostLogin(HttpContext context, IAntiforgery antiforgery, AccountService accounts)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Form(context, null, "La sesión del formulario expiró. Intente de nuevo.", StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        string? returnUrl = form["returnUrl"];
        var result = accounts.Authenticate(form["usuario"], form["contrasena"], SignInRateLimit.ClientAddress(context), "web");
        if (result.Outcome != LoginOutcome.Success)
        {
            // One answer for a wrong password, an unknown name and a lock: none of them tells that an account exists.
            return Form(context, returnUrl, FailureMessage(accounts.Limits), StatusCodes.Status401Unauthorized);
        }

        var principal = new ClaimsPrincipal(PermanenciaClaims.Identity(result.User!, CookieAuthenticationDefaults.AuthenticationScheme));
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal).ConfigureAwait(false);
        // Only paths of this site: anything else would make the login an open redirect.
        return Results.Redirect(LocalReturnUrl.OrDefault(returnUrl, HomeOf(principal)));
    }

    /// <summary>The words of every refused sign-in, page and API alike.</summary>
    public static string FailureMessage(SignInLimits limits) =>
        $"Usuario o contraseña incorrectos. Tras {limits.MaxAttempts} intentos fallidos desde el mismo equipo, el ingreso de ese usuario se suspende {limits.LockoutDuration.TotalMinutes:0} minutos.";

    private static string HomeOf(ClaimsPrincipal user) => PermanenciaClaims.RoleOf(user) switch
    {
        UserRole.Rector => "/instituciones/" + Html.Url(PermanenciaClaims.InstitutionOf(user)),
        UserRole.Admin => "/auditoria",
        _ => "/tablero",
    };

    private static IResult Form(HttpContext context, string? returnUrl, string? error, int status = StatusCodes.Status200OK) =>
        View.Of<LoginView>(new { ReturnUrl = returnUrl, Error = error }, status);
}
