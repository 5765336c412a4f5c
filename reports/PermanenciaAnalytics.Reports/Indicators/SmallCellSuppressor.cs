using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.Reports.Indicators;

/// <summary>
/// Small-cell suppression (DESIGN.md §5), the one rule for the CLI's <c>--suppress</c>, every publication and the web
/// views of every role but <c>cobertura</c>. Primary: a row is a cell of students (a group: an institution, a grade of
/// an institution, a sede…) and is hidden when fewer than <c>minCell</c> students are enrolled in it. Its dropouts and
/// transfers are attributes of that group, shown when the group is large enough (docs/methodology.md §4 says why).
/// Complementary: along every key column, the rows sharing all other keys form a
/// line whose total can be published; a line with exactly one hidden row also hides its smallest visible row, repeated
/// until no line has a lone hidden row, so a hidden row cannot be recovered by subtraction from the totals.
/// Hidden rows keep their keys, carry zero counts and no rate, and are flagged <see cref="IndicatorRow.Suppressed"/>.
/// </summary>
public static class SmallCellSuppressor
{
    public const int DefaultMinCell = 5;

    public static IReadOnlyList<IndicatorRow> Apply(IReadOnlyList<IndicatorRow> rows, int minCell)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCell, 1);
        var hidden = rows.Select(r => r.Suppressed || IsSmall(r, minCell)).ToArray();
        var components = KeyComponents.Where(k => rows.Any(r => k.Get(r) is not null)).ToList();

        bool changed;
        do
        {
            changed = false;
            foreach (var component in components)
            {
                var lines = Enumerable.Range(0, rows.Count)
                    .GroupBy(i => LineKey(rows[i], component, components), StringComparer.Ordinal);
                foreach (var line in lines)
                {
                    var members = line.ToList();
                    if (members.Count < 2 || members.Count(i => hidden[i]) != 1)
                    {
                        continue;
                    }

                    var partner = members.Where(i => !hidden[i])
                        .OrderBy(i => rows[i].Enrolled).ThenBy(i => i).First();
                    hidden[partner] = true;
                    changed = true;
                }
            }
        }
        while (changed);

        return rows.Select((r, i) => hidden[i] ? Hide(r) : r).ToList();
    }

    /// <summary>
    /// The primary rule alone, for rows that are not additive and so have no totals to protect (cumulative month rows):
    /// small rows are hidden like in <see cref="Apply"/>, and nothing else.
    /// </summary>
    public static IReadOnlyList<IndicatorRow> ApplyPrimaryOnly(IReadOnlyList<IndicatorRow> rows, int minCell)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCell, 1);
        return rows.Select(r => r.Suppressed || IsSmall(r, minCell) ? Hide(r) : r).ToList();
    }

    private static IndicatorRow Hide(IndicatorRow row) => row with { Enrolled = 0, Dropouts = 0, TransfersOut = 0, Suppressed = true };

    /// <summary>Primary rule, exposed for tests.</summary>
    public static bool IsSmall(IndicatorRow row, int minCell)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Enrolled < minCell;
    }

    private static string LineKey(IndicatorRow row, KeyComponent except, List<KeyComponent> components) =>
        string.Join('\u001F', components.Where(c => c != except).Select(c => c.Get(row) ?? ""));

    private static readonly KeyComponent[] KeyComponents =
    [
        new("institution", r => r.InstitutionDane),
        new("sede", r => r.SedeDane),
        new("grade", r => r.Grade?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("level", r => r.Level),
        new("month", r => r.Month?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("split", r => r.Split),
    ];

    private sealed record KeyComponent(string Name, Func<IndicatorRow, string?> Get);
}
