namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>The búsqueda-activa list: students who withdrew or vanished during a year.</summary>
public interface IWithdrawnStudentsReader
{
    /// <param name="year">School year.</param>
    /// <param name="institutionDane">The institution of the student's last enrolled placement; null for all.</param>
    IReadOnlyList<WithdrawnStudent> List(int year, string? institutionDane);
}
