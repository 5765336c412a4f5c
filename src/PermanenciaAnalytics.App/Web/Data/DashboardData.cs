using PermanenciaAnalytics.App.Jobs;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Matching;
using PermanenciaAnalytics.Reports.Publishing;
using PermanenciaAnalytics.Reports.Quality;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// What the municipal dashboard shows for a year, assembled once for the page and for the download of each of its
/// tables, so a download has the page's rows and suppression. Every total is the engine's own aggregate row
/// (institution, level, municipality), never a sum of the grade rows this viewer received: those may be suppressed,
/// and their sum would understate the totals.
/// </summary>
internal sealed record DashboardData(
    int Year,
    IndicatorRow Municipal,
    IReadOnlyDictionary<string, PlanSubmissionStatus> PlanStatuses,
    IReadOnlyList<PlanDeadlineRun> DeadlineRuns,
    IReadOnlyList<IndicatorRow> Levels,
    IReadOnlyList<IndicatorRow> LastYearLevels,
    MunicipalMonthSeries MonthsThisYear,
    MunicipalMonthSeries MonthsLastYear,
    IReadOnlyList<RankedInstitution> Ranking,
    IReadOnlyList<OutcomeCount> Outcomes,
    CaseFiguresTable Cases,
    IReadOnlyList<QualityFinding> Quality,
    YearTrend Trend,
    MenPublishedComparison Men)
{
    /// <summary>The institutions' names as the ranking shows them (the dashboard's one source of names).</summary>
    public IReadOnlyDictionary<string, string> InstitutionNames =>
        Ranking.Where(r => r.Indicators.InstitutionDane is not null && r.Indicators.InstitutionName is not null)
            .GroupBy(r => r.Indicators.InstitutionDane!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Indicators.InstitutionName!, StringComparer.Ordinal);

    public static DashboardData Load(int year, IIndicatorReader indicators, OutreachOutcomeStore outcomes,
        IPublicationLookups lookups, QualityWarnings quality, DataVersion version, DataVersionCache cache, DatabaseTarget database, LoadedYears loaded)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(quality);
        var byInstitution = indicators.Query(year, IndicatorDimension.Institution, null);
        var municipalRows = indicators.Query(year, IndicatorDimension.Municipality, null);
        var planStatuses = DashboardPlanStatuses.For(lookups, year, byInstitution.Select(r => r.InstitutionDane!));
        var stamp = CaseStamp.Read(database);
        return new DashboardData(
            year,
            municipalRows.Count > 0 ? municipalRows[0] : new IndicatorRow { Year = year, Enrolled = 0, Dropouts = 0, TransfersOut = 0 },
            planStatuses,
            // Cached under the data version (filled ahead of the first view by DashboardWarmup): no statement per view.
            DashboardCache.PlanDeadlineRun(cache, version, database),
            indicators.Query(year, IndicatorDimension.Level, null),
            indicators.Query(year - 1, IndicatorDimension.Level, null),
            MunicipalMonthSeries.Read(indicators, lookups, year),
            MunicipalMonthSeries.Read(indicators, lookups, year - 1),
            // The same order as the ranking chart and the publication (MunicipalPlanView); reserved rows go last.
            MunicipalPlanView.Build(byInstitution, planStatuses).Ranking,
            // Only counts reach this page: the cases' aggregates, read again only when a case or a contact was added.
            cache.GetOrAddStamped(version.Current, ("case-latest-results", year), stamp, () => outcomes.CountLatest(year)),
            cache.GetOrAddStamped(version.Current, ("case-figures", year), stamp, () => CaseFiguresTable.Read(database, year)),
            quality.For(year),
            YearTrend.ForMunicipality(indicators, loaded, year),
            // MEN's published series stored by `compare men`, beside ours for the years we hold.
            MenPublishedComparison.Load(indicators, loaded, version, cache, database));
    }
}
