using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Exports;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// Municipal dashboard (secretaria, cobertura): rate by level, month vs last year, the trend, institutions ranked with
/// plan status, búsqueda-activa counts, data quality; and the download of each of its tables.
/// </summary>
internal static class DashboardPage
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/tablero", Render).RequirePage(Capability.MunicipalView);
        app.MapGet("/tablero/tablas/{tabla}.{formato}", Export).RequirePage(Capability.MunicipalView);
        DashboardCharts.Map(app);
    }

    private static IResult Render(string? anio, SchoolYears years, IIndicatorReader indicators, OutreachOutcomeStore outcomes,
        IPublicationLookups lookups, QualityWarnings quality,
        DataVersion version, DataVersionCache cache, DatabaseTarget database, LoadedYears loaded)
    {
        var data = DashboardData.Load(years.Resolve(anio), indicators, outcomes, lookups, quality, version, cache, database, loaded);
        return View.Of<DashboardView>(new
        {
            data.Year,
            data.Municipal,
            data.PlanStatuses,
            data.DeadlineRuns,
            data.Levels,
            data.LastYearLevels,
            data.MonthsThisYear,
            data.MonthsLastYear,
            data.Ranking,
            data.Outcomes,
            data.Cases,
            data.InstitutionNames,
            data.Quality,
            data.Trend,
            data.Men,
        });
    }

    private static IResult Export(HttpContext context, string tabla, string formato, string? anio, SchoolYears years, IIndicatorReader indicators,
        OutreachOutcomeStore outcomes, IPublicationLookups lookups, QualityWarnings quality,
        DataVersion version, DataVersionCache cache, DatabaseTarget database, LoadedYears loaded, AuditLog audit)
    {
        if (!DashboardTables.Names.Contains(tabla) || !ExportResults.IsFormat(formato))
        {
            return Results.NotFound();
        }

        var data = DashboardData.Load(years.Resolve(anio), indicators, outcomes, lookups, quality, version, cache, database, loaded);
        return ExportResults.File(context, audit, DashboardTables.Of(tabla, data), formato, null, data.Year);
    }
}
