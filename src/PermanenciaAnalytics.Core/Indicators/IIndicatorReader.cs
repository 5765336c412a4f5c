namespace PermanenciaAnalytics.Core.Indicators;

/// <summary>
/// The one seam for indicator rows (docs/design.md §5): the engine implements it over the outcomes of the last
/// <c>recompute</c>; decorators cache it or suppress small cells for a viewer or a publication. Totals come from the
/// engine's own aggregate rows (<see cref="IndicatorDimension.Institution"/>, <see cref="IndicatorDimension.Municipality"/>),
/// never from summing rows a reader returned, because those rows may be suppressed.
/// </summary>
public interface IIndicatorReader
{
    /// <summary>Rows of any dimension (sede, level, municipality, month…) of <paramref name="year"/>.</summary>
    /// <param name="year">School year.</param>
    /// <param name="dimension">What one row stands for.</param>
    /// <param name="institutionDane">One institution, or null for every institution.</param>
    IReadOnlyList<IndicatorRow> Query(int year, IndicatorDimension dimension, string? institutionDane);
}

/// <summary>Shorthands over <see cref="IIndicatorReader.Query"/>, the same for every reader.</summary>
public static class IndicatorReaderExtensions
{
    /// <summary>The grade rows (<see cref="IndicatorDimension.InstitutionGrade"/>) of one institution or of all.</summary>
    public static IReadOnlyList<IndicatorRow> ByInstitutionAndGrade(this IIndicatorReader reader, int year, string? institutionDane)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Query(year, IndicatorDimension.InstitutionGrade, institutionDane);
    }
}
