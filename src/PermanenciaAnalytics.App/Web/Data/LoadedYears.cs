using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// The school years with SIMAT data, oldest first: the year selector's choices and the trend's years. Read once per
/// data version (a load adds a year), so a page view adds no statement.
/// </summary>
public sealed class LoadedYears(DatabaseTarget database, DataVersion version, DataVersionCache cache)
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(LoadedYears).Assembly);

    public IReadOnlyList<int> All => cache.GetOrAdd(version.Current, "loaded-years", () =>
    {
        using var connection = database.Open();
        return (IReadOnlyList<int>)connection.Query<long>(Scripts.Read(database.Dialect, "Web", "LoadedYears")).Select(y => (int)y).ToList();
    });
}
