using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.Reports.Indicators.Suppression;

/// <summary>
/// Small-cell suppression (docs/design.md §5, docs/methodology.md §4) for rows of any dimension, mixed or not. The rule
/// itself is <see cref="JointSuppressor"/>: rows are sorted into their tables by their keys, every total they add up to
/// (institution, level, municipality, month, unsplit) is treated as published — when the rows do not hold it, it is the
/// total another query would print — and reserved rows are chosen so that none can be recovered from those totals.
/// Paths that publish several tables together (CLI <c>--suppress</c>, publications, web pages) suppress them jointly with
/// <see cref="JointIndicatorSuppression"/>, so the tables agree on which rows are reserved.
/// </summary>
public static class SmallCellSuppressor
{
    public const int DefaultMinCell = 5;

    public static IReadOnlyList<IndicatorRow> Apply(IReadOnlyList<IndicatorRow> rows, int minCell)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCell, 1);
        var tables = new IndicatorTables();
        foreach (var group in rows.GroupBy(DimensionOf))
        {
            tables = tables.With(group.Key, [.. group]);
        }

        var suppressed = JointSuppressor.Apply(tables, minCell);
        var lookup = new Dictionary<IndicatorDimension, Queue<IndicatorRow>>();
        foreach (var dimension in IndicatorTables.Dimensions)
        {
            lookup[dimension] = new Queue<IndicatorRow>(suppressed.For(dimension));
        }

        // Each table keeps its rows in input order, so dequeuing per table restores the caller's order.
        return [.. rows.Select(r => lookup[DimensionOf(r)].Dequeue())];
    }

    /// <summary>Primary rule, exposed for tests.</summary>
    public static bool IsSmall(IndicatorRow row, int minCell)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Enrolled < minCell;
    }

    /// <summary>The table a row belongs to, from the keys it carries.</summary>
    public static IndicatorDimension DimensionOf(IndicatorRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row switch
        {
            { Month: not null, InstitutionDane: not null } => IndicatorDimension.Month,
            { Month: not null } => IndicatorDimension.MunicipalityMonth,
            { Grade: not null } => IndicatorDimension.InstitutionGrade,
            { SedeDane: not null } => IndicatorDimension.Sede,
            { Level: not null } => IndicatorDimension.Level,
            { InstitutionDane: not null } => IndicatorDimension.Institution,
            _ => IndicatorDimension.Municipality,
        };
    }
}
