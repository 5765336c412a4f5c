using Microsoft.AspNetCore.Antiforgery;

namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>
/// A form value with a NUL (e.g. <c>returnUrl=/%00/evil.com</c>) makes ASP.NET Core's form reader throw
/// <see cref="InvalidDataException"/>, which antiforgery wraps; unhandled it was a 500. It is the client's fault: 400.
/// </summary>
internal static class MalformedFormGuard
{
    public static void UseMalformedFormGuard(this WebApplication app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidDataException or AntiforgeryValidationException && !context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("El formulario no es válido: contiene caracteres no permitidos. Recargue la página e intente de nuevo.").ConfigureAwait(false);
        }
    });
}
