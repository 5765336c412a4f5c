namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// The búsqueda-activa figures of one institution or of the city (docs/methodology.md, "Búsqueda activa en cifras").
/// Counts only: no student-level value.
/// </summary>
/// <param name="Cases">Withdrawn students of the list plus the cases opened from the risk list.</param>
/// <param name="Open">Cases abierto or en seguimiento (a withdrawn student with no case row is abierto).</param>
/// <param name="Contacted">Cases with at least one contact whose result is not no_contesta or no_localizado.</param>
/// <param name="Returned">Cases closed as reintegrado.</param>
/// <param name="MedianDaysToFirstContact">Median of the days from the case's start to its first contact; null when no case has a contact.</param>
public sealed record CaseFigures(long Cases, long Open, long Contacted, long Returned, decimal? MedianDaysToFirstContact)
{
    public static readonly CaseFigures None = new(0, 0, 0, 0, null);

    /// <summary>Percent of the cases contacted, two decimals (rule 7's rounding); null when there are no cases.</summary>
    public decimal? ContactedShare => Share(Contacted);

    /// <summary>Percent of the cases closed as reintegrado, two decimals; null when there are no cases.</summary>
    public decimal? ReturnedShare => Share(Returned);

    private decimal? Share(long part) => Cases == 0 ? null : Math.Round(100m * part / Cases, 2, MidpointRounding.AwayFromZero);
}
