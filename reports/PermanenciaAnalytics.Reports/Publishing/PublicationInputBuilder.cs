using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Matching;
using PermanenciaAnalytics.Reports.Motives;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Reports.Publishing.Model;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>
/// Assembles a <see cref="PublicationInput"/> from the database: indicators through <see cref="IIndicatorReader"/>,
/// plans, SIMPADE reasons and the data's date through <see cref="IPublicationLookups"/> (the database by default); then
/// runs the matching rules.
/// </summary>
public sealed class PublicationInputBuilder(DatabaseTarget target, IIndicatorReader indicators, MatchingOptions? options = null, IPublicationLookups? lookups = null)
{
    private readonly IPublicationLookups lookups = lookups ?? new DatabasePublicationLookups(target);

    private readonly MatchingOptions options = options ?? MatchingOptions.Default;

    public PublicationInput Build(int year, int? month = null)
    {
        var byInstitution = indicators.Query(year, IndicatorDimension.Institution, null);
        var municipalRows = indicators.Query(year, IndicatorDimension.Municipality, null);
        var municipal = municipalRows.Count > 0 ? municipalRows[0] : null;
        var byLevel = indicators.Query(year, IndicatorDimension.Level, null);
        var plans = lookups.Plans(year);
        var reasons = lookups.ObservedReasons(year);
        var institutions = new List<InstitutionPublication>();
        var lastMonth = 0;
        var matching = MatchingFor(year);
        // Matching and month rows run to the data's "as of" month, so projections and "datos hasta" agree with the
        // version; without any cut the series decide, as before.
        var asOf = month ?? DataAsOfMonth(year);
        foreach (var row in byInstitution.Where(r => r.InstitutionDane is not null).OrderBy(r => r.InstitutionDane, StringComparer.Ordinal))
        {
            var dane = row.InstitutionDane!;
            plans.TryGetValue(dane, out var plan);
            var institution = Assemble(year, dane, row.InstitutionName, plan, municipal?.DropoutRate, reasons, asOf, matching);
            lastMonth = Math.Max(lastMonth, institution.ByMonth.Select(r => r.Month ?? 0).DefaultIfEmpty(0).Max());
            institutions.Add(institution);
        }

        return new PublicationInput
        {
            Year = year,
            Month = asOf ?? (lastMonth > 0 ? lastMonth : 12),
            Institutions = institutions,
            ByInstitution = byInstitution,
            MunicipalTotal = municipal,
            MunicipalByLevel = byLevel,
            Options = matching,
            MotiveVersion = MotiveReport.Read(target, year).TableVersion,
        };
    }

    /// <summary>
    /// One institution's material, assembled exactly as <see cref="Build"/> does for each institution (same rows, same
    /// matching), for views that show a single institution. Null when the institution has neither enrolment nor a plan.
    /// </summary>
    public InstitutionPublication? BuildInstitution(int year, string institutionDane, int? month = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(institutionDane);
        var row = indicators.Query(year, IndicatorDimension.Institution, institutionDane).FirstOrDefault(r => r.InstitutionDane == institutionDane);
        var municipalRows = indicators.Query(year, IndicatorDimension.Municipality, null);
        var municipalRate = municipalRows.Count > 0 ? municipalRows[0].DropoutRate : null;
        lookups.Plans(year).TryGetValue(institutionDane, out var plan);
        if (row is null && plan is null)
        {
            return null;
        }

        return Assemble(year, institutionDane, row?.InstitutionName, plan, municipalRate, lookups.ObservedReasons(year), month ?? DataAsOfMonth(year), MatchingFor(year));
    }

    private InstitutionPublication Assemble(
        int year, string dane, string? name, InstitutionPlan? plan, decimal? municipalRate,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> reasons, int? month, MatchingOptions matching)
    {
        var byGrade = indicators.Query(year, IndicatorDimension.InstitutionGrade, dane);
        var byMonth = indicators.Query(year, IndicatorDimension.Month, dane).Where(r => month is null || r.Month <= month).ToList();
        var input = new PlanMatchInput(
            dane, year, plan, byGrade, byMonth, municipalRate,
            reasons.TryGetValue(dane, out var observed) ? observed : new Dictionary<string, int>(), month);
        return new InstitutionPublication(dane, name ?? plan?.InstitutionName ?? dane, byGrade, byMonth, plan, PlanMatcher.Match(input, matching), matching);
    }

    /// <summary>The builder's options with the school months of the year's calendar.</summary>
    private MatchingOptions MatchingFor(int year) => options.For(lookups.Calendar(year));

    /// <summary>
    /// Without <c>--month</c> the version is named after the data's "as of" date (<see cref="DataAsOf.LastCut"/>), not after
    /// the series: the month rows always run to December, which named small demos "2025-12" and made the matching project
    /// as if the year were over. A final cut dated after the school year (January of Y+1) means the whole year; no cut at
    /// all gives null, and the series decide.
    /// </summary>
    private int? DataAsOfMonth(int year) => DataAsOf.Month(lookups.LastCut(year), year);
}
