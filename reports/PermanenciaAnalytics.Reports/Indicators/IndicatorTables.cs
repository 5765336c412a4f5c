using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.Reports.Indicators;

/// <summary>
/// Every indicator table of one year that can be published side by side (grade, institution, sede, level, municipality
/// and the two month series), so small-cell suppression can protect a reserved row against the totals of all of them at
/// once (<see cref="Suppression.JointSuppressor"/>). With a split, each list holds the split rows and the unsplit rows (their totals).
/// </summary>
public sealed record IndicatorTables
{
    public IReadOnlyList<IndicatorRow> ByGrade { get; init; } = [];

    public IReadOnlyList<IndicatorRow> ByInstitution { get; init; } = [];

    public IReadOnlyList<IndicatorRow> BySede { get; init; } = [];

    public IReadOnlyList<IndicatorRow> ByLevel { get; init; } = [];

    public IReadOnlyList<IndicatorRow> Municipality { get; init; } = [];

    /// <summary>Cumulative month rows per institution (<see cref="IndicatorDimension.Month"/>).</summary>
    public IReadOnlyList<IndicatorRow> ByMonth { get; init; } = [];

    public IReadOnlyList<IndicatorRow> MunicipalityMonth { get; init; } = [];

    /// <summary>The dimensions a table set holds, in the order <see cref="For"/> knows them.</summary>
    public static readonly IReadOnlyList<IndicatorDimension> Dimensions =
    [
        IndicatorDimension.InstitutionGrade, IndicatorDimension.Institution, IndicatorDimension.Sede, IndicatorDimension.Level,
        IndicatorDimension.Municipality, IndicatorDimension.Month, IndicatorDimension.MunicipalityMonth,
    ];

    public IReadOnlyList<IndicatorRow> For(IndicatorDimension dimension) => dimension switch
    {
        IndicatorDimension.InstitutionGrade => ByGrade,
        IndicatorDimension.Institution => ByInstitution,
        IndicatorDimension.Sede => BySede,
        IndicatorDimension.Level => ByLevel,
        IndicatorDimension.Municipality => Municipality,
        IndicatorDimension.Month => ByMonth,
        IndicatorDimension.MunicipalityMonth => MunicipalityMonth,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown indicator dimension."),
    };

    public IndicatorTables With(IndicatorDimension dimension, IReadOnlyList<IndicatorRow> rows) => dimension switch
    {
        IndicatorDimension.InstitutionGrade => this with { ByGrade = rows },
        IndicatorDimension.Institution => this with { ByInstitution = rows },
        IndicatorDimension.Sede => this with { BySede = rows },
        IndicatorDimension.Level => this with { ByLevel = rows },
        IndicatorDimension.Municipality => this with { Municipality = rows },
        IndicatorDimension.Month => this with { ByMonth = rows },
        IndicatorDimension.MunicipalityMonth => this with { MunicipalityMonth = rows },
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown indicator dimension."),
    };
}
