using PermanenciaAnalytics.Reports.Indicators;
using System.Security.Claims;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Reports.Indicators.Suppression;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// The indicators one viewer may see: the engine's rows as they are for cobertura, and after small-cell suppression
/// (<see cref="JointIndicatorSuppression"/>, over every table of the year at once) for everyone else. Every page,
/// chart, export and API answer reads through this decorator, so no route can forget the rule. A request without a
/// signed-in user gets suppressed rows: the safe default.
/// </summary>
/// <param name="engine">The engine's exact rows.</param>
/// <param name="viewer">The signed-in user; null is treated as anonymous (suppressed rows).</param>
/// <param name="minCell">The small-cell threshold.</param>
/// <param name="suppressedYears">
/// Where a year's jointly suppressed tables come from when the host keeps them between requests (the web caches them per
/// data version); null suppresses them here, once per request.
/// </param>
public sealed class ViewerIndicatorReader(IIndicatorReader engine, ClaimsPrincipal? viewer, int minCell, Func<int, IndicatorTables>? suppressedYears = null)
    : IIndicatorReader
{
    // One per request (scoped): each year's tables are read and suppressed together once, then every page part reads them.
    private readonly JointIndicatorSuppression suppressed = suppressedYears is not null
        ? JointIndicatorSuppression.OverSuppressed(suppressedYears)
        : JointIndicatorSuppression.Over(engine, minCell);

    /// <summary>True when this viewer sees exact counts.</summary>
    public bool ExactCounts { get; } = viewer is not null && AccessPolicy.Allows(viewer, Capability.ExactCounts);

    public IReadOnlyList<IndicatorRow> Query(int year, IndicatorDimension dimension, string? institutionDane) =>
        ExactCounts ? engine.Query(year, dimension, institutionDane) : suppressed.Query(year, dimension, institutionDane);
}
