using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Reports.Charts;
using PermanenciaAnalytics.Reports.Matching;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>The dashboard's chart PNGs, under the same capability as the page (<see cref="Capability.MunicipalView"/>).</summary>
internal static class DashboardCharts
{
    public const int Width = 900;
    public const int MonthlyHeight = 520;

    public static void Map(WebApplication app)
    {
        app.MapGet("/tablero/grafico-mensual.png", Monthly).RequirePage(Capability.MunicipalView);
        app.MapGet("/tablero/grafico-ranking.png", Ranking).RequirePage(Capability.MunicipalView);
        app.MapGet("/tablero/grafico-tendencia.png", Trend).RequirePage(Capability.MunicipalView);
    }

    private static IResult Trend(string? anio, SchoolYears years, IIndicatorReader indicators, LoadedYears loaded, DataVersion version, DataVersionCache cache)
    {
        var year = years.Resolve(anio);
        return Results.File(cache.GetOrAdd(version.Current, ("trend-png", year, Exact(indicators)), () => TrendPng(YearTrend.ForMunicipality(indicators, loaded, year))), "image/png");
    }

    /// <summary>The year-by-year chart of a trend (the dashboard's and an institution's).</summary>
    public static byte[] TrendPng(YearTrend trend) =>
        YearTrendChart.Create(trend.Subject, trend.Years, trend.Rows, trend.Municipal).GetImageBytes(YearTrendChart.Width, YearTrendChart.Height, ScottPlot.ImageFormat.Png);

    private static IResult Monthly(string? anio, SchoolYears years, IIndicatorReader indicators, IPublicationLookups lookups, DataVersion version, DataVersionCache cache)
    {
        var year = years.Resolve(anio);
        return Results.File(cache.GetOrAdd(version.Current, ("monthly-png", year, Exact(indicators)), () => MonthlyPng(year, indicators, lookups)), "image/png");
    }

    private static byte[] MonthlyPng(int year, IIndicatorReader indicators, IPublicationLookups lookups)
    {
        var thisYear = MunicipalMonthSeries.Read(indicators, lookups, year);
        var lastYear = MunicipalMonthSeries.Read(indicators, lookups, year - 1);
        var plot = MonthlyComparisonChart.Create(year, thisYear.Known, lastYear.Known, DashboardMonthlyTable.Months(thisYear, lastYear));
        return plot.GetImageBytes(Width, MonthlyHeight, ScottPlot.ImageFormat.Png);
    }

    private static IResult Ranking(string? anio, SchoolYears years, IIndicatorReader indicators, IPublicationLookups lookups, DataVersion version, DataVersionCache cache)
    {
        var year = years.Resolve(anio);
        return Results.File(cache.GetOrAdd(version.Current, ("ranking-png", year, Exact(indicators)), () => RankingPng(year, indicators, lookups)), "image/png");
    }

    private static byte[] RankingPng(int year, IIndicatorReader indicators, IPublicationLookups lookups)
    {
        var byInstitution = indicators.Query(year, IndicatorDimension.Institution, null);
        var statuses = DashboardPlanStatuses.For(lookups, year, byInstitution.Select(r => r.InstitutionDane!));
        var view = MunicipalPlanView.Build(byInstitution, statuses);
        var plot = MunicipalRankingChart.Create(year, view);
        return plot.GetImageBytes(Width, MunicipalRankingChart.HeightFor(view), ScottPlot.ImageFormat.Png);
    }

    // The city's charts differ only between exact counts (cobertura) and suppressed ones (everyone else): drawn once
    // per data version for each, instead of on every view (the ranking took 1.6 s at p95 under 50 clients).
    internal static bool Exact(IIndicatorReader indicators) => indicators is ViewerIndicatorReader { ExactCounts: true };
}
