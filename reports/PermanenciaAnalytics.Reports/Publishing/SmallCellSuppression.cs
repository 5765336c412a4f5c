using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>
/// Small-cell suppression of published tables (DESIGN.md §5): a row with fewer than the threshold enrolled students
/// is marked <see cref="IndicatorRow.Suppressed"/> and its counts are not shown. Complementary suppression: when a
/// table with a published total would have exactly one suppressed row, the unsuppressed row with the fewest enrolled
/// students is suppressed too, so the hidden row cannot be recovered as total minus the others.
/// </summary>
public static class SmallCellSuppression
{
    public const int DefaultThreshold = 5;

    public static IReadOnlyList<IndicatorRow> Apply(IReadOnlyList<IndicatorRow> rows, int threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var result = rows.Select(r => r with { Suppressed = r.Suppressed || r.Enrolled < threshold }).ToList();
        if (result.Count(r => r.Suppressed) == 1 && result.Count > 1)
        {
            var complement = result
                .Select((row, index) => (row, index))
                .Where(x => !x.row.Suppressed)
                .OrderBy(x => x.row.Enrolled)
                .ThenBy(x => x.index)
                .First();
            result[complement.index] = complement.row with { Suppressed = true };
        }

        return result;
    }
}
