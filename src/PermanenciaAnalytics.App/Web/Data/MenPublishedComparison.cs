using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Official;
using PermanenciaAnalytics.Reports.Official;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// MEN's published rates stored by <c>compare men</c> (table <c>men_published_rate</c>) for the municipality of the loaded
/// institutions, beside ours for the years we hold, as the dashboard shows them. The stored rates are read once per data
/// version (storing them bumps it); ours come from the viewer's reader, only for years with a SIMAT load.
/// </summary>
/// <param name="MunicipalityCode">The municipality compared, null when no stored series matches the loaded institutions.</param>
/// <param name="Rows">Every stored year × level, years ascending.</param>
public sealed record MenPublishedComparison(string? MunicipalityCode, IReadOnlyList<MenComparisonRow> Rows)
{
    /// <summary>The total of each stored year.</summary>
    public IEnumerable<MenComparisonRow> Totals => Rows.Where(r => r.Level == MenRateLevels.Total);

    public static MenPublishedComparison Load(IIndicatorReader indicators, LoadedYears loaded, DataVersion version, DataVersionCache cache, DatabaseTarget database)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(cache);
        var stored = cache.GetOrAdd(version.Current, "men-published", () => StoredSeries.Read(database));
        if (stored.MunicipalityCode is not { } code)
        {
            return new MenPublishedComparison(null, []);
        }

        var years = loaded.All;
        var rows = MenComparison.Build(stored.Rates, year => years.Contains(year)
            ? OurMunicipalRates.Read(indicators, year, code, stored.Municipalities)
            : new Dictionary<string, IndicatorRow>());
        return new MenPublishedComparison(code, rows);
    }

    private sealed record StoredSeries(string? MunicipalityCode, IReadOnlyList<string> Municipalities, IReadOnlyList<MenPublishedRate> Rates)
    {
        public static StoredSeries Read(DatabaseTarget database)
        {
            var municipalities = LoadedMunicipalities.Read(database);
            foreach (var code in municipalities)
            {
                var rates = MenPublishedRateStore.Read(database, code);
                if (rates.Count > 0)
                {
                    return new StoredSeries(code, municipalities, rates);
                }
            }

            return new StoredSeries(null, municipalities, []);
        }
    }
}
