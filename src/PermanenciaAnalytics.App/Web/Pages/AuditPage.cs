using System.Text;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>Audit log (admin): who viewed or exported student-level data, and every export, newest first.</summary>
internal static class AuditPage
{
    public static void Map(WebApplication app) => app.MapGet("/auditoria", (HttpContext context, AuditLog audit) =>
    {
        var html = new StringBuilder("<div class=\"scroll\"><table>\n<caption>Últimos 500 accesos y exportaciones</caption>\n<thead><tr><th scope=\"col\">Fecha</th><th scope=\"col\">Usuario</th><th scope=\"col\">Rol</th><th scope=\"col\">Acción</th><th scope=\"col\">Institución</th><th scope=\"col\">Año</th><th scope=\"col\">Detalle</th></tr></thead><tbody>\n");
        foreach (var entry in audit.Recent(500))
        {
            html.Append("<tr><td>").Append(Html.DateTime(entry.OccurredAtUtc)).Append("</td><td>").Append(Html.E(entry.UserName)).Append("</td><td>")
                .Append(Html.E(entry.Role)).Append("</td><td>").Append(Html.E(entry.Action)).Append("</td><td>").Append(Html.E(entry.InstitutionDane))
                .Append("</td><td>").Append(entry.SchoolYear is { } y ? Html.Year((int)y) : "").Append("</td><td>").Append(Html.E(entry.Detail)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n");
        return Layout.Page(context, "Registro de auditoría", html.ToString());
    }).RequirePage(Capability.Operate);
}
