using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Reports.Indicators.Suppression;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>
/// A publication's indicators with small cells suppressed jointly over every table it prints (docs/methodology.md §4),
/// so the plan matching, the month path and every page of the version only ever see the published counts.
/// </summary>
public sealed class SuppressingIndicatorSource : IIndicatorSource
{
    private readonly JointIndicatorSuppression joint;

    public SuppressingIndicatorSource(IIndicatorSource inner, int minCell)
    {
        ArgumentNullException.ThrowIfNull(inner);
        // The engine's own source reads the cells once per year; any other source is asked table by table.
        joint = new JointIndicatorSuppression(
            year => inner is EngineIndicatorSource engine
                ? JointIndicatorSuppression.TablesFrom(engine.Target, new Indicators.IndicatorRequest(year, IndicatorDimension.Institution))
                : JointIndicatorSuppression.TablesFrom((d, _) => inner.Query(year, d, null), split: null),
            minCell);
    }

    public IReadOnlyList<IndicatorRow> Query(int year, IndicatorDimension by, string? institutionDane) => joint.Query(year, by, institutionDane);
}
