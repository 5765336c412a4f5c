namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// The búsqueda-activa list: the engine's dropouts of a year (<c>student_year_outcome.is_dropout</c>, written by
/// <c>recompute</c>), never a second definition of "withdrawn". Every read is keyed by year and institution.
/// </summary>
public interface IWithdrawnStudentsReader
{
    /// <param name="year">School year.</param>
    /// <param name="institutionDane">The institution the engine attributed the student to.</param>
    IReadOnlyList<WithdrawnStudent> List(int year, string institutionDane);

    /// <summary>Whether <paramref name="studentKey"/> is one of the institution's cases in <paramref name="year"/>.</summary>
    bool IsListed(int year, string institutionDane, string studentKey);
}
