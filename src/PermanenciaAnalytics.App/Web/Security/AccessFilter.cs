using PermanenciaAnalytics.App.Audit;

namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>
/// Endpoint filter that enforces <see cref="AccessPolicy"/> for a capability, reading the institution from the
/// <c>{dane}</c> route value. Pages answer with a login redirect or the Spanish forbidden page; the API with 401/403.
/// A refusal to a signed-in user is audited (<c>acceso_denegado</c>: method, path and capability).
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
                AuditDenied(http, capability, dane);
                return isApi
                    ? Results.Json(new { error = "No tiene permiso para este recurso." }, statusCode: StatusCodes.Status403Forbidden)
                    : http.RequestServices.GetRequiredService<IForbiddenPage>().Result(http);
        }
    }

    internal static void AuditDenied(HttpContext http, Capability capability, string? dane)
    {
        // The path is the caller's text: capped to the column, and it holds codes and numbers, never student data.
        var path = http.Request.Path.ToString();
        var detail = $"{http.Request.Method} {(path.Length > 300 ? path[..300] : path)} ({capability})";
        var institution = dane is { Length: <= 20 } ? dane : null;
        WebAudit.Write(http, http.RequestServices.GetRequiredService<AuditLog>(), "acceso_denegado", institution, null, detail);
    }
}

internal static class AccessFilterExtensions
{
    public static RouteHandlerBuilder RequirePage(this RouteHandlerBuilder builder, Capability capability) =>
        builder.WithMetadata(new AccessRule(capability, null)).AddEndpointFilter(new AccessFilter(capability, isApi: false));

    public static RouteHandlerBuilder RequireApi(this RouteHandlerBuilder builder, Capability capability) =>
        builder.WithMetadata(new AccessRule(capability, null)).AddEndpointFilter(new AccessFilter(capability, isApi: true));

    /// <summary>Marks a route anyone may call, saying why (checked by the endpoint-coverage test).</summary>
    public static TBuilder AllowPublic<TBuilder>(this TBuilder builder, string reason) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AccessRule(null, reason));
}
