using System.Globalization;
using System.Text;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Grades;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>Drill-down from a grade to its students (<see cref="Capability.StudentList"/>); every view is audited.</summary>
internal static class GradeStudentsPage
{
    public static void Map(WebApplication app) =>
        app.MapGet("/instituciones/{dane}/grados/{grade:int}/estudiantes", Render).RequirePage(Capability.StudentList);

    private static IResult Render(HttpContext context, string dane, int grade, string? anio, SchoolYears years, IGradeStudentsReader reader, AuditLog audit)
    {
        var year = years.Resolve(anio);
        var students = reader.List(year, dane, grade);
        WebAudit.Write(context, audit, "ver_estudiantes_grado", dane, year, $"grado {grade.ToString(CultureInfo.InvariantCulture)}, {students.Count} estudiantes");
        var html = new StringBuilder();
        html.Append("<p class=\"lead\">Estudiantes cuya ubicación atribuida en ").Append(Html.Year(year))
            .Append(" es este grado (último corte en que aparecen matriculados). Información reservada.</p>\n")
            .Append("<p><a href=\"/instituciones/").Append(Html.Url(dane)).Append("?anio=").Append(Html.Year(year)).Append("\">Volver a la institución</a></p>\n")
            .Append("<div class=\"scroll\"><table>\n<caption>").Append(Html.E(GradeCatalog.DisplayName(grade))).Append(": ")
            .Append(Html.Count(students.Count)).Append(" estudiantes, ").Append(Html.Count(students.Count(s => s.IsDropout))).Append(" desertores</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Estudiante</th><th scope=\"col\">Documento</th><th scope=\"col\">Grupo</th><th scope=\"col\">Último corte matriculado</th><th scope=\"col\">Situación</th></tr></thead><tbody>\n");
        foreach (var s in students)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.E(s.FullName ?? "(sin nombre en el extracto)")).Append("</th><td>")
                .Append(Html.E($"{s.DocType} {s.DocNumber}".Trim())).Append("</td><td>").Append(Html.E(s.GroupCode)).Append("</td><td>")
                .Append(Html.Date(s.LastEnrolledCut)).Append("</td><td>").Append(s.IsDropout ? "Desertor" : "Matriculado").Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n");
        return Layout.Page(context, "Estudiantes por grado", html.ToString());
    }
}
