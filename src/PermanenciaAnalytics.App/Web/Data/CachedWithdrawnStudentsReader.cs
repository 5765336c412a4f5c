using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// An institution's búsqueda-activa list kept under the data version and the <see cref="CaseStamp"/>: the list changes
/// with a load or a recompute (the version) and with a case opened or a contact recorded (the stamp), and with nothing
/// else. At 50 concurrent callers the list's SQL was most of the page's cost. The stamp is one statement of two seeks.
/// </summary>
public sealed class CachedWithdrawnStudentsReader(IWithdrawnStudentsReader database, DatabaseTarget target, DataVersion version, DataVersionCache cache)
    : IWithdrawnStudentsReader
{
    public IReadOnlyList<WithdrawnStudent> List(int year, string institutionDane)
    {
        ArgumentException.ThrowIfNullOrEmpty(institutionDane);
        return cache.GetOrAddStamped(version.Current, ("withdrawn-students", year, institutionDane), CaseStamp.Read(target), () => database.List(year, institutionDane));
    }

    public bool IsListed(int year, string institutionDane, string studentKey) => database.IsListed(year, institutionDane, studentKey);
}
