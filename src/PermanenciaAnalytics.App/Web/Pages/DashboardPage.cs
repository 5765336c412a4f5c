using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Matching;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>Municipal dashboard (secretaria, cobertura): rate by level, month vs last year, institutions ranked with plan status, búsqueda-activa counts, data quality.</summary>
internal static class DashboardPage
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/tablero", Render).RequirePage(Capability.MunicipalView);
        DashboardCharts.Map(app);
    }

    private static IResult Render(string? anio, SchoolYears years, IIndicatorReader indicators, OutreachOutcomeStore outcomes,
        IWithdrawnStudentsReader withdrawn, IPublicationLookups lookups, QualityWarnings quality,
        DataVersion version, DataVersionCache cache, DatabaseTarget database, LoadedYears loaded)
    {
        var year = years.Resolve(anio);
        // Every total is the engine's own aggregate row (institution, level, municipality), never a sum of the grade rows
        // this viewer received: those may be suppressed (IIndicatorReader), and their sum would understate the totals.
        var byInstitution = indicators.Query(year, IndicatorDimension.Institution, null);
        var municipalRows = indicators.Query(year, IndicatorDimension.Municipality, null);
        var planStatuses = DashboardPlanStatuses.For(lookups, year, byInstitution.Select(r => r.InstitutionDane!));
        return View.Of<DashboardView>(new
        {
            Year = year,
            Municipal = municipalRows.Count > 0 ? municipalRows[0] : new IndicatorRow { Year = year, Enrolled = 0, Dropouts = 0, TransfersOut = 0 },
            PlanStatuses = planStatuses,
            // Cached under the data version (filled ahead of the first view by DashboardWarmup): no statement per view.
            DeadlineRuns = DashboardCache.PlanDeadlineRun(cache, version, database),
            Levels = indicators.Query(year, IndicatorDimension.Level, null),
            LastYearLevels = indicators.Query(year - 1, IndicatorDimension.Level, null),
            MonthsThisYear = MunicipalMonthSeries.Read(indicators, lookups, year),
            MonthsLastYear = MunicipalMonthSeries.Read(indicators, lookups, year - 1),
            // The same order as the ranking chart and the publication (MunicipalPlanView); reserved rows go last.
            Ranking = MunicipalPlanView.Build(byInstitution, planStatuses).Ranking,
            Outcomes = outcomes.CountLatest(year),
            // Only counts reach this page: one SQL aggregate of the engine's dropouts per institution, kept until a recompute.
            OpenCases = DashboardCache.OpenCases(cache, version, withdrawn, year),
            Quality = quality.For(year),
            Trend = YearTrend.ForMunicipality(indicators, loaded, year),
        });
    }
}
