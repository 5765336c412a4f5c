using System.Globalization;
using System.Text;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Output;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components.Support;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Exports;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Publishing.Model;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>Institution page, its chart PNGs and its CSV/XLSX exports; every one checks <see cref="Capability.InstitutionView"/>.</summary>
internal static class InstitutionPage
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/instituciones/{dane}", Render).RequirePage(Capability.InstitutionView);
        app.MapGet("/instituciones/{dane}/grafico.png", Chart).RequirePage(Capability.InstitutionView);
        app.MapGet("/instituciones/{dane}/grafico-mensual.png", MonthlyChart).RequirePage(Capability.InstitutionView);
        app.MapGet("/instituciones/{dane}/grafico-tendencia.png", TrendChart).RequirePage(Capability.InstitutionView);
        app.MapGet("/instituciones/{dane}/indicadores.csv", Csv).RequirePage(Capability.InstitutionView);
        app.MapGet("/instituciones/{dane}/indicadores.xlsx", Xlsx).RequirePage(Capability.InstitutionView);
        app.MapGet("/instituciones/{dane}/tablas/{tabla}.{formato}", Export).RequirePage(Capability.InstitutionView);
    }

    private static IResult Export(HttpContext context, string dane, string tabla, string formato, string? anio, SchoolYears years, IIndicatorReader indicators,
        DatabaseTarget database, IPublicationLookups lookups, LoadedYears loaded, AuditLog audit)
    {
        if (!InstitutionTables.Names.Contains(tabla) || !ExportResults.IsFormat(formato))
        {
            return Results.NotFound();
        }

        var year = years.Resolve(anio);
        var table = tabla switch
        {
            "grados" => InstitutionTables.Grades(year, indicators.ByInstitutionAndGrade(year, dane)),
            "sedes" => InstitutionTables.Sedes(year, indicators.Query(year, IndicatorDimension.Sede, dane), SedeNames.For(database, dane)),
            "meses" or "metas" => new PublicationInputBuilder(database, indicators, lookups: lookups).BuildInstitution(year, dane) is { } publication
                ? tabla == "meses" ? InstitutionTables.Months(year, publication) : InstitutionTables.Targets(year, publication)
                : null,
            _ => InstitutionTables.Trend(YearTrend.ForInstitution(indicators, loaded, year, dane, NameOf(indicators, year, dane))),
        };
        return ExportResults.File(context, audit, table, formato, dane, year);
    }

    private static string NameOf(IIndicatorReader indicators, int year, string dane) =>
        indicators.Query(year, IndicatorDimension.Institution, dane).FirstOrDefault(r => r.InstitutionDane == dane)?.InstitutionName ?? dane;

    private static IResult Render(HttpContext context, string dane, string? anio, SchoolYears years, IIndicatorReader indicators, DatabaseTarget database, IPublicationLookups lookups,
        LoadedYears loaded, OutreachOutcomeStore cases)
    {
        var year = years.Resolve(anio);
        // One assembly, as the publication does it: grade and month rows, plan and matching findings.
        var publication = new PublicationInputBuilder(database, indicators, lookups: lookups).BuildInstitution(year, dane);
        var rows = (publication?.ByGrade ?? []).OrderBy(r => r.Grade).ToList();
        // Totals are the engine's institution row: summing grade rows would count suppressed cells as zero.
        var total = indicators.Query(year, IndicatorDimension.Institution, dane).FirstOrDefault(r => r.InstitutionDane == dane);
        var name = total?.InstitutionName ?? rows.Select(r => r.InstitutionName).FirstOrDefault(n => n is not null) ?? dane;
        var canSeeStudents = AccessPolicy.Allows(context.User, Capability.StudentList, dane);
        return View.Of<InstitutionView>(new
        {
            Dane = dane,
            Year = year,
            Name = name,
            Total = total,
            Rows = rows,
            BySede = indicators.Query(year, IndicatorDimension.Sede, dane),
            SedeNames = SedeNames.For(database, dane),
            Publication = publication,
            CanSeeStudents = canSeeStudents,
            CaseExits = canSeeStudents ? cases.CountClosed(year, dane) : null,
            GradeMap = canSeeStudents ? GradeMap(dane, year, rows, publication, indicators) : null,
            CanUploadPlan = AccessPolicy.Allows(context.User, Capability.PlanUpload, dane),
            Trend = YearTrend.ForInstitution(indicators, loaded, year, dane, name),
        });
    }

    // The same plot the PNG route draws (same rows, plan and municipal rate), laid out at the same size.
    private static IReadOnlyList<GradeBarArea> GradeMap(string dane, int year, List<IndicatorRow> rows, InstitutionPublication? publication, IIndicatorReader indicators)
    {
        var (plot, bars) = InstitutionGradeChart.Create(dane, year, rows, publication?.Plan, InstitutionGradeChart.MunicipalRate(year, indicators));
        return InstitutionGradeChart.Areas(plot, bars);
    }

    // An institution's charts change only with the data and with exact versus suppressed counts, like the dashboard's:
    // drawn once per data version (50 clients on the three PNGs had a p95 of 1.3–2.0 s when each view drew them).
    private static IResult Chart(string dane, string? anio, SchoolYears years, IIndicatorReader indicators, IPublicationLookups lookups, DataVersion version, DataVersionCache cache)
    {
        // The same chart as the publication: rate by grade against this institution's plan targets.
        var year = years.Resolve(anio);
        return Results.File(cache.GetOrAdd(version.Current, ("institution-grade-png", dane, year, DashboardCharts.Exact(indicators)), () =>
        {
            var (plot, _) = InstitutionGradeChart.Create(year, dane, indicators, lookups);
            return InstitutionGradeChart.Png(plot);
        }), "image/png");
    }

    private static IResult TrendChart(string dane, string? anio, SchoolYears years, IIndicatorReader indicators, LoadedYears loaded, DataVersion version, DataVersionCache cache)
    {
        var year = years.Resolve(anio);
        return Results.File(cache.GetOrAdd(version.Current, ("institution-trend-png", dane, year, DashboardCharts.Exact(indicators)),
            () => DashboardCharts.TrendPng(YearTrend.ForInstitution(indicators, loaded, year, dane, NameOf(indicators, year, dane)))), "image/png");
    }

    private static IResult MonthlyChart(string dane, string? anio, SchoolYears years, IIndicatorReader indicators, DatabaseTarget database, IPublicationLookups lookups,
        DataVersion version, DataVersionCache cache)
    {
        var year = years.Resolve(anio);
        var png = cache.GetOrAdd(version.Current, ("institution-monthly-png", dane, year, DashboardCharts.Exact(indicators)), () =>
        {
            var publication = new PublicationInputBuilder(database, indicators, lookups: lookups).BuildInstitution(year, dane);
            return publication is null ? [] : InstitutionMonthlySection.Png(publication, year);
        });
        return png.Length == 0 ? Results.NotFound() : Results.File(png, "image/png");
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
