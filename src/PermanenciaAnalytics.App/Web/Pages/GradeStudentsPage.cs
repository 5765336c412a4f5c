using System.Globalization;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Exports;
using PermanenciaAnalytics.App.Web.Security;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>Drill-down from a grade to its students (<see cref="Capability.StudentList"/>); every view is audited.</summary>
internal static class GradeStudentsPage
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/instituciones/{dane}/grados/{grade:int}/estudiantes", Render).RequirePage(Capability.StudentList);
        app.MapGet("/instituciones/{dane}/grados/{grade:int}/estudiantes.{formato}", Export).RequirePage(Capability.StudentList);
    }

    private static IResult Export(HttpContext context, string dane, int grade, string formato, string? anio, SchoolYears years, IGradeStudentsReader reader, AuditLog audit)
    {
        var year = years.Resolve(anio);
        return ExportResults.IsFormat(formato)
            ? ExportResults.File(context, audit, StudentTables.Grade(grade, reader.List(year, dane, grade)), formato, dane, year)
            : Results.NotFound();
    }

    private static IResult Render(HttpContext context, string dane, int grade, string? anio, SchoolYears years, IGradeStudentsReader reader, AuditLog audit)
    {
        var year = years.Resolve(anio);
        var students = reader.List(year, dane, grade);
        WebAudit.Write(context, audit, "ver_estudiantes_grado", dane, year, $"grado {grade.ToString(CultureInfo.InvariantCulture)}, {students.Count} estudiantes");
        return View.Of<GradeStudentsView>(new { Dane = dane, Year = year, Grade = grade, Students = students });
    }
}
