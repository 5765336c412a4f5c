namespace PermanenciaAnalytics.Core.Indicators;

/// <summary>
/// One group of an indicator query: counts first, the rate derived from them (docs/design.md §5 rule 7).
/// Key members that the grouping does not use are null (e.g. <see cref="Grade"/> for <c>--by institution</c>).
/// </summary>
public sealed record IndicatorRow
{
    public required int Year { get; init; }

    public string? InstitutionDane { get; init; }

    public string? InstitutionName { get; init; }

    public string? SedeDane { get; init; }

    public int? Grade { get; init; }

    /// <summary>Level key (<c>transicion</c>, <c>primaria</c>…), see <see cref="Grades.EducationLevelNames.Key"/>.</summary>
    public string? Level { get; init; }

    /// <summary>Month 1–12 for monthly (cumulative) series.</summary>
    public int? Month { get; init; }

    /// <summary>Value of the disaggregation column (<c>--split</c>), e.g. "F" for sex.</summary>
    public string? Split { get; init; }

    public required long Enrolled { get; init; }

    public required long Dropouts { get; init; }

    public required long TransfersOut { get; init; }

    public decimal? DropoutRate => Indicators.DropoutRate.Percent(Dropouts, Enrolled);

    /// <summary>True when small-cell suppression hid this row's counts in a publication.</summary>
    public bool Suppressed { get; init; }
}
