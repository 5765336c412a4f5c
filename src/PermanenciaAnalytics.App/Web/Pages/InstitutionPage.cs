using System.Globalization;
using System.Text;
using PermanenciaAnalytics.App.Cli.Output;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>Institution page (issue 6), its chart PNGs and its CSV/XLSX exports; every one checks <see cref="Capability.InstitutionView"/>.</summary>
internal static class InstitutionPage
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/instituciones/{dane}", Render).RequirePage(Capability.InstitutionView);
        app.MapGet("/instituciones/{dane}/grafico.png", Chart).RequirePage(Capability.InstitutionView);
        app.MapGet("/instituciones/{dane}/grafico-mensual.png", MonthlyChart).RequirePage(Capability.InstitutionView);
        app.MapGet("/instituciones/{dane}/indicadores.csv", Csv).RequirePage(Capability.InstitutionView);
        app.MapGet("/instituciones/{dane}/indicadores.xlsx", Xlsx).RequirePage(Capability.InstitutionView);
    }

    private static IResult Render(HttpContext context, string dane, string? anio, SchoolYears years, IIndicatorReader indicators, DatabaseTarget database, IPublicationLookups lookups)
    {
        var year = years.Resolve(anio);
        // One assembly, as the publication does it: grade and month rows, plan and matching findings.
        var publication = new PublicationInputBuilder(database, new ReaderIndicatorSource(indicators), lookups: lookups).BuildInstitution(year, dane);
        var rows = (publication?.ByGrade ?? []).OrderBy(r => r.Grade).ToList();
        // Totals are the engine's institution row: summing grade rows would count suppressed cells as zero.
        var total = indicators.Query(year, IndicatorDimension.Institution, dane).FirstOrDefault(r => r.InstitutionDane == dane);
        var name = total?.InstitutionName ?? rows.Select(r => r.InstitutionName).FirstOrDefault(n => n is not null) ?? dane;
        var canSeeStudents = AccessPolicy.Allows(context.User, Capability.StudentList, dane);
        var q = "?anio=" + Html.Year(year);
        var html = new StringBuilder();
        html.Append("<p class=\"lead\">Código DANE ").Append(Html.E(dane)).Append(" · año lectivo ").Append(Html.Year(year)).Append(": ");
        if (total is null || total.Suppressed)
        {
            html.Append(total is null ? "sin matrícula cargada." : "cifras reservadas (grupo con muy pocos estudiantes).");
        }
        else
        {
            html.Append(Html.Count(total.Enrolled)).Append(" matriculados, ").Append(Html.Count(total.Dropouts)).Append(" desertores, ")
                .Append(Html.Count(total.TransfersOut)).Append(" traslados a otras instituciones; tasa de deserción ").Append(Html.Rate(total.DropoutRate)).Append('.');
        }

        html.Append("</p>\n<p class=\"actions\"><a href=\"/instituciones/").Append(Html.Url(dane))
            .Append("/indicadores.csv").Append(q).Append("\" download>Descargar CSV</a> <a href=\"/instituciones/").Append(Html.Url(dane))
            .Append("/indicadores.xlsx").Append(q).Append("\" download>Descargar XLSX</a>");
        if (canSeeStudents)
        {
            html.Append(" <a href=\"/instituciones/").Append(Html.Url(dane)).Append("/busqueda-activa").Append(q).Append("\">Búsqueda activa</a>");
        }

        html.Append("</p>\n");
        AppendGradeChart(html, dane, year, name, canSeeStudents, rows, publication, indicators);
        AppendGradeTable(html, rows, dane, year, canSeeStudents);
        InstitutionSedeSection.Append(html, indicators.Query(year, IndicatorDimension.Sede, dane), SedeNames.For(database, dane), year);
        if (publication is not null)
        {
            InstitutionMonthlySection.Append(html, publication, dane, year);
            InstitutionPlanSection.Append(html, context, publication, dane, year);
        }

        return Layout.Page(context, name, html.ToString());
    }

    private static void AppendGradeChart(StringBuilder html, string dane, int year, string name, bool clickable, List<IndicatorRow> rows, InstitutionPublication? publication, IIndicatorReader indicators)
    {
        html.Append("<figure").Append(clickable ? " class=\"mapped\"" : "").Append("><img id=\"grafico-grados\" src=\"/instituciones/").Append(Html.Url(dane))
            .Append("/grafico.png?anio=").Append(Html.Year(year)).Append("\" width=\"").Append(InstitutionGradeChart.Width).Append("\" height=\"").Append(InstitutionGradeChart.Height)
            .Append(clickable ? "\" usemap=\"#barras-grados" : "")
            .Append("\" alt=\"Gráfico de barras: tasa de deserción por grado en ").Append(Html.Attr(name))
            .Append(", ").Append(Html.Year(year)).Append(". Los valores están en la tabla siguiente.\"><figcaption>Tasa de deserción por grado")
            .Append(clickable ? ": haga clic en una barra para ver los estudiantes del grado" : "").Append("</figcaption></figure>\n");
        if (clickable)
        {
            // The same plot the PNG route draws (same rows, plan and municipal rate), laid out at the same size.
            var (plot, bars) = InstitutionGradeChart.Create(dane, year, rows, publication?.Plan, InstitutionGradeChart.MunicipalRate(year, indicators));
            InstitutionGradeChart.AppendMap(html, "barras-grados", dane, year, plot, bars);
        }
    }

    private static void AppendGradeTable(StringBuilder html, List<IndicatorRow> rows, string dane, int year, bool canSeeStudents)
    {
        var q = "?anio=" + Html.Year(year);
        html.Append("<div class=\"scroll\"><table>\n<caption>Indicadores por grado, ").Append(Html.Year(year))
            .Append("</caption>\n<thead><tr><th scope=\"col\">Grado</th>").Append(IndicatorCells.Headers())
            .Append(canSeeStudents ? "<th scope=\"col\">Estudiantes</th>" : "").Append("</tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.E(GradeCatalog.DisplayName(row.Grade!.Value))).Append("</th>");
            IndicatorCells.Append(html, row);
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
    }

    private static IResult Chart(string dane, string? anio, SchoolYears years, IIndicatorReader indicators, IPublicationLookups lookups)
    {
        // The same chart as the publication: rate by grade against this institution's plan targets.
        var (plot, _) = InstitutionGradeChart.Create(years.Resolve(anio), dane, indicators, lookups);
        return Results.File(InstitutionGradeChart.Png(plot), "image/png");
    }

    private static IResult MonthlyChart(string dane, string? anio, SchoolYears years, IIndicatorReader indicators, DatabaseTarget database, IPublicationLookups lookups)
    {
        var year = years.Resolve(anio);
        var publication = new PublicationInputBuilder(database, new ReaderIndicatorSource(indicators), lookups: lookups).BuildInstitution(year, dane);
        return publication is null
            ? Results.NotFound()
            : Results.File(InstitutionMonthlySection.Png(publication, year), "image/png");
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
