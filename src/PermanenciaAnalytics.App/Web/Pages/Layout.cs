using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Security;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>The page shell: lang="es", skip link, navigation limited to what the user may open, logout form.</summary>
internal static class Layout
{
    /// <summary>A full page; with <c>refreshSeconds</c> the browser reloads it after that many seconds (no script needed).</summary>
    public static IResult Page(HttpContext context, string title, string body, int statusCode = StatusCodes.Status200OK, int? refreshSeconds = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n");
        if (refreshSeconds is { } seconds)
        {
            html.Append("<meta http-equiv=\"refresh\" content=\"").Append(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\">\n");
        }

        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.E(title)).Append(" · Permanencia Escolar</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/site.css\">\n</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#contenido\">Saltar al contenido</a>\n")
            .Append("<header class=\"top\"><p class=\"brand\"><a href=\"/\">Permanencia Escolar · Cúcuta</a></p>\n");
        AppendNavigation(context, html);
        html.Append("</header>\n<main id=\"contenido\">\n<h1>").Append(Html.E(title)).Append("</h1>\n")
            .Append(body)
            .Append("\n</main>\n<footer><p>Secretaría de Educación · datos SIMAT y SIMPADE. Los datos de estudiantes son reservados.</p></footer>\n</body>\n</html>\n");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    /// <summary>A hidden antiforgery field for a form of this request.</summary>
    public static string Antiforgery(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{Html.Attr(tokens.FormFieldName)}\" value=\"{Html.Attr(tokens.RequestToken)}\">";
    }

    private static void AppendNavigation(HttpContext context, StringBuilder html)
    {
        if (PermanenciaClaims.RoleOf(context.User) is not { } role)
        {
            return;
        }

        var user = context.User;
        html.Append("<nav aria-label=\"Principal\"><ul>");
        if (AccessPolicy.Allows(user, Capability.MunicipalView))
        {
            html.Append("<li><a href=\"/tablero\">Tablero municipal</a></li>");
        }

        if (role == UserRole.Rector && PermanenciaClaims.InstitutionOf(user) is { } own)
        {
            html.Append("<li><a href=\"/instituciones/").Append(Html.Url(own)).Append("\">Mi institución</a></li>")
                .Append("<li><a href=\"/instituciones/").Append(Html.Url(own)).Append("/busqueda-activa\">Búsqueda activa</a></li>")
                .Append("<li><a href=\"/instituciones/").Append(Html.Url(own)).Append("/plan\">Plan de permanencia</a></li>");
        }

        html.Append("<li><a href=\"/publicaciones\">Publicaciones</a></li>");
        if (AccessPolicy.Allows(user, Capability.Upload))
        {
            html.Append("<li><a href=\"/cargas\">Cargas</a></li>");
        }

        if (AccessPolicy.Allows(user, Capability.ManageUsers))
        {
            html.Append("<li><a href=\"/usuarios\">Usuarios</a></li>");
        }

        if (AccessPolicy.Allows(user, Capability.Operate))
        {
            html.Append("<li><a href=\"/auditoria\">Auditoría</a></li><li><a href=\"/hangfire\">Tareas</a></li>");
        }

        html.Append("</ul></nav>\n<form class=\"logout\" method=\"post\" action=\"/logout\">")
            .Append(Antiforgery(context))
            .Append("<span>").Append(Html.E(PermanenciaClaims.NameOf(user))).Append(" (").Append(Html.E(RoleNames.Spanish(role))).Append(")</span> ")
            .Append("<button type=\"submit\">Cerrar sesión</button></form>\n");
    }
}
