using System.Globalization;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;

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
        return View.Of<GradeStudentsView>(new { Dane = dane, Year = year, Grade = grade, Students = students });
    }
}
