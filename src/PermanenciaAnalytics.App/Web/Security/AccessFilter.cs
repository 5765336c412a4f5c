using PermanenciaAnalytics.App.Web.Pages;

namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>
/// Endpoint filter that enforces <see cref="AccessPolicy"/> for a capability, reading the institution from the
/// <c>{dane}</c> route value. Pages answer with a login redirect or the Spanish forbidden page; the API with 401/403.
/// </summary>
internal sealed class AccessFilter(Capability capability, bool isApi) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var dane = http.GetRouteValue("dane") as string;
        switch (AccessPolicy.Decide(http.User, capability, dane))
        {
            case AccessDecision.Allowed:
                return await next(context).ConfigureAwait(false);
            case AccessDecision.NotSignedIn:
                return isApi
                    ? Results.Json(new { error = "Se requiere un token válido." }, statusCode: StatusCodes.Status401Unauthorized)
                    : Results.Redirect("/login?returnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
            default:
                return isApi
                    ? Results.Json(new { error = "No tiene permiso para este recurso." }, statusCode: StatusCodes.Status403Forbidden)
                    : ForbiddenPage.Result(http);
        }
    }
}

internal static class AccessFilterExtensions
{
    public static RouteHandlerBuilder RequirePage(this RouteHandlerBuilder builder, Capability capability) =>
        builder.AddEndpointFilter(new AccessFilter(capability, isApi: false));

    public static RouteHandlerBuilder RequireApi(this RouteHandlerBuilder builder, Capability capability) =>
        builder.AddEndpointFilter(new AccessFilter(capability, isApi: true));
}
