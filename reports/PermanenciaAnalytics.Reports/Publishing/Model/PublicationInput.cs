using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Matching;

namespace PermanenciaAnalytics.Reports.Publishing.Model;

/// <summary>One institution's material for a publication (see <see cref="PublicationInput.RowsSuppressed"/>) and the options it was matched with.</summary>
public sealed record InstitutionPublication(
    string InstitutionDane,
    string InstitutionName,
    IReadOnlyList<IndicatorRow> ByGrade,
    IReadOnlyList<IndicatorRow> ByMonth,
    InstitutionPlan? Plan,
    PlanMatchResult Match,
    MatchingOptions? Matching = null)
{
    /// <summary>The options the institution was matched with: its year's school months (calendar A when not given).</summary>
    public MatchingOptions Options => Matching ?? MatchingOptions.Default;
}

/// <summary>
/// Everything a publication shows, as plain values (<c>PublicationInputBuilder</c> reads it from the database).
/// <see cref="Month"/> names the version folder <c>YYYY-MM</c>.
/// </summary>
public sealed record PublicationInput
{
    public required int Year { get; init; }

    public required int Month { get; init; }

    public required IReadOnlyList<InstitutionPublication> Institutions { get; init; }

    /// <summary>One <see cref="IndicatorDimension.Institution"/> row per institution, for the municipal ranking.</summary>
    public required IReadOnlyList<IndicatorRow> ByInstitution { get; init; }

    public IndicatorRow? MunicipalTotal { get; init; }

    public IReadOnlyList<IndicatorRow> MunicipalByLevel { get; init; } = [];

    public MatchingOptions Options { get; init; } = MatchingOptions.Default;

    /// <summary>Cells with fewer enrolled students than this are suppressed in published tables (docs/design.md §5).</summary>
    public int SmallCellThreshold { get; init; } = Indicators.Suppression.SmallCellSuppressor.DefaultMinCell;

    /// <summary>
    /// True when every row was read already suppressed (<see cref="Indicators.Suppression.JointIndicatorSuppression.Over"/>); otherwise the publisher
    /// suppresses the input's own rows jointly before writing anything.
    /// </summary>
    public bool RowsSuppressed { get; init; }

    /// <summary>The retirement-motive table version the year's outcomes were computed with (rule 5b); null when unknown.</summary>
    public int? MotiveVersion { get; init; }
}
