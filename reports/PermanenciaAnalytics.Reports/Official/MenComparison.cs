using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Official;

namespace PermanenciaAnalytics.Reports.Official;

/// <summary>
/// MEN's published municipal series beside ours (docs/design.md §6 <c>compare men</c>, docs/methodology.md "Nuestras
/// medidas frente a las del MEN"): one row per published year × level, in the file's years.
/// </summary>
public static class MenComparison
{
    /// <summary>
    /// The stable key of the measure ours is: the intra-annual rate of docs/design.md §5 on the loaded SIMAT cuts
    /// (dropouts / attributed students of the universe, transfers and deaths out of both).
    /// </summary>
    public const string IntraAnnualMeasure = "simat_intra_anual";

    /// <summary>The comparison rows, years ascending, levels in <see cref="MenRateLevels.Keys"/> order.</summary>
    /// <param name="published">MEN's rates of one territory.</param>
    /// <param name="ours">Our rows of a year by level key (empty for a year we do not hold).</param>
    public static IReadOnlyList<MenComparisonRow> Build(IReadOnlyList<MenPublishedRate> published, Func<int, IReadOnlyDictionary<string, IndicatorRow>> ours)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(ours);
        var rows = new List<MenComparisonRow>();
        foreach (var year in published.GroupBy(r => r.Year).OrderBy(g => g.Key))
        {
            var our = ours(year.Key);
            foreach (var level in MenRateLevels.Keys)
            {
                var men = year.FirstOrDefault(r => r.Level == level)?.Rate;
                rows.Add(our.TryGetValue(level, out var row)
                    ? new MenComparisonRow(year.Key, level, men, row.DropoutRate, row.Enrolled, row.Dropouts, IntraAnnualMeasure)
                    : new MenComparisonRow(year.Key, level, men, null, null, null, null));
            }
        }

        return rows;
    }
}
