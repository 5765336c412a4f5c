using System.Globalization;
using System.Text;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Charts;
using PermanenciaAnalytics.Reports.Plans;
using PermanenciaAnalytics.Reports.Publishing;
using PermanenciaAnalytics.App.Cli.Output;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>Institution page, its chart PNG and its CSV export; every one checks <see cref="Capability.InstitutionView"/>.</summary>
internal static class InstitutionPage
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/instituciones/{dane}", Render).RequirePage(Capability.InstitutionView);
        app.MapGet("/instituciones/{dane}/grafico.png", Chart).RequirePage(Capability.InstitutionView);
        app.MapGet("/instituciones/{dane}/indicadores.csv", Csv).RequirePage(Capability.InstitutionView);
        app.MapGet("/instituciones/{dane}/indicadores.xlsx", Xlsx).RequirePage(Capability.InstitutionView);
    }

    private static IResult Render(HttpContext context, string dane, string? anio, SchoolYears years, IIndicatorReader indicators)
    {
        var year = years.Resolve(anio);
        var rows = indicators.ByInstitutionAndGrade(year, dane).OrderBy(r => r.Grade).ToList();
        var name = rows.Select(r => r.InstitutionName).FirstOrDefault(n => n is not null) ?? dane;
        var total = IndicatorTotals.Sum(year, rows);
        var canSeeStudents = AccessPolicy.Allows(context.User, Capability.StudentList, dane);
        var q = "?anio=" + Html.Year(year);
        var html = new StringBuilder();
        html.Append("<p class=\"lead\">Código DANE ").Append(Html.E(dane)).Append(" · año lectivo ").Append(Html.Year(year)).Append(": ")
            .Append(Html.Count(total.Enrolled)).Append(" matriculados, ").Append(Html.Count(total.Dropouts)).Append(" desertores, ")
            .Append(Html.Count(total.TransfersOut)).Append(" traslados a otras instituciones; tasa de deserción ")
            .Append(Html.Rate(total.DropoutRate)).Append(".</p>\n<p class=\"actions\"><a href=\"/instituciones/").Append(Html.Url(dane))
            .Append("/indicadores.csv").Append(q).Append("\" download>Descargar CSV</a> <a href=\"/instituciones/").Append(Html.Url(dane))
            .Append("/indicadores.xlsx").Append(q).Append("\" download>Descargar XLSX</a>");
        if (canSeeStudents)
        {
            html.Append(" <a href=\"/instituciones/").Append(Html.Url(dane)).Append("/busqueda-activa").Append(q).Append("\">Búsqueda activa</a>");
        }

        html.Append("</p>\n<figure><img id=\"grafico-grados\" src=\"/instituciones/").Append(Html.Url(dane)).Append("/grafico.png").Append(q)
            .Append("\" width=\"800\" height=\"420\" alt=\"Gráfico de barras: tasa de deserción por grado en ").Append(Html.Attr(name))
            .Append(", ").Append(Html.Year(year)).Append(". Los valores están en la tabla siguiente.\"><figcaption>Tasa de deserción por grado</figcaption></figure>\n");
        html.Append("<div class=\"scroll\"><table>\n<caption>Indicadores por grado, ").Append(Html.Year(year))
            .Append("</caption>\n<thead><tr><th scope=\"col\">Grado</th><th scope=\"col\" class=\"num\">Matriculados</th><th scope=\"col\" class=\"num\">Desertores</th><th scope=\"col\" class=\"num\">Tasa</th><th scope=\"col\" class=\"num\">Traslados</th>")
            .Append(canSeeStudents ? "<th scope=\"col\">Estudiantes</th>" : "").Append("</tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.E(GradeCatalog.DisplayName(row.Grade!.Value))).Append("</th>")
                .Append(DashboardPage.Cells(row.Enrolled, row.Dropouts, row.DropoutRate))
                .Append("<td class=\"num\">").Append(Html.Count(row.TransfersOut)).Append("</td>");
            if (canSeeStudents)
            {
                var gradeCode = row.Grade.Value.ToString(CultureInfo.InvariantCulture);
                html.Append("<td><a href=\"/instituciones/").Append(Html.Url(dane)).Append("/grados/").Append(gradeCode).Append("/estudiantes").Append(q)
                    .Append("\">Ver estudiantes</a> · <a href=\"/instituciones/").Append(Html.Url(dane)).Append("/busqueda-activa").Append(q).Append("&amp;grado=")
                    .Append(gradeCode).Append("\">Retirados</a></td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n");
        if (rows.Count == 0)
        {
            html.Append("<p>No hay matrícula cargada para esta institución en ").Append(Html.Year(year)).Append(".</p>\n");
        }

        return Layout.Page(context, name, html.ToString());
    }

    private static IResult Chart(string dane, string? anio, SchoolYears years, IIndicatorReader indicators, DatabaseTarget database)
    {
        var year = years.Resolve(anio);
        var rows = indicators.ByInstitutionAndGrade(year, dane);
        var name = rows.Select(r => r.InstitutionName).FirstOrDefault(n => n is not null) ?? dane;
        // The same chart as the publication: rate by grade against this institution's plan targets.
        PlanRepository.LoadYear(database, year).TryGetValue(dane, out var plan);
        var municipal = indicators.ByInstitutionAndGrade(year, null);
        var municipalRate = DropoutRate.Percent(municipal.Sum(r => r.Dropouts), municipal.Sum(r => r.Enrolled));
        var plot = GradeRateChart.Create(name, year, rows, plan, municipalRate);
        return Results.File(plot.GetImageBytes(900, 480, ScottPlot.ImageFormat.Png), "image/png");
    }

    private static IResult Xlsx(HttpContext context, string dane, string? anio, SchoolYears years, IIndicatorReader indicators, AuditLog audit)
    {
        var year = years.Resolve(anio);
        var rows = indicators.ByInstitutionAndGrade(year, dane);
        WebAudit.Write(context, audit, "exportar_indicadores_xlsx", dane, year, $"{rows.Count} filas por grado");
        return Results.File(GradeTableExport.Xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"indicadores-{dane}-{year}.xlsx");
    }

    private static IResult Csv(HttpContext context, string dane, string? anio, SchoolYears years, IIndicatorReader indicators, AuditLog audit)
    {
        var year = years.Resolve(anio);
        var rows = indicators.ByInstitutionAndGrade(year, dane).OrderBy(r => r.Grade).ToList();
        // The `indicators --by institution,grade --format csv` contract: suppressed rows keep their keys, counts empty.
        using var csv = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        IndicatorWriter.Write(csv, "csv", IndicatorDimension.InstitutionGrade, null, rows);
        WebAudit.Write(context, audit, "exportar_indicadores_csv", dane, year, $"{rows.Count} filas por grado");
        return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"indicadores-{dane}-{year}.csv");
    }
}
