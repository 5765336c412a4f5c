using System.Security.Claims;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Reports.Indicators;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// The indicators one viewer may see: the engine's rows as they are for cobertura, and after small-cell suppression
/// (<see cref="SmallCellSuppressor"/>, complementary along every key of the answer) for everyone else. Every page,
/// chart, export and API answer reads through this class, so no route can forget the rule. A request without a
/// signed-in user gets suppressed rows: the safe default.
/// </summary>
public sealed class ViewerIndicatorReader(IIndicatorReader engine, ClaimsPrincipal? viewer, int minCell) : IIndicatorReader
{
    /// <summary>True when this viewer sees exact counts.</summary>
    public bool ExactCounts { get; } = viewer is not null && AccessPolicy.Allows(viewer, Capability.ExactCounts);

    public IReadOnlyList<IndicatorRow> ByInstitutionAndGrade(int year, string? institutionDane) =>
        Query(year, IndicatorDimension.InstitutionGrade, institutionDane);

    public IReadOnlyList<IndicatorRow> Query(int year, IndicatorDimension dimension, string? institutionDane)
    {
        var rows = engine.Query(year, dimension, institutionDane);
        if (ExactCounts)
        {
            return rows;
        }

        // Cumulative month rows are not additive: the primary rule alone (docs/methodology.md §4).
        return dimension is IndicatorDimension.Month or IndicatorDimension.MunicipalityMonth
            ? SmallCellSuppressor.ApplyPrimaryOnly(rows, minCell)
            : SmallCellSuppressor.Apply(rows, minCell);
    }
}
