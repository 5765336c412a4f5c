using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// The database's data version (migration 0111: bumped by triggers on every recompute, load, plan and follow-up),
/// read at most once per request. Everything cached under it is as fresh as the request's first read.
/// </summary>
public sealed class DataVersion(DatabaseTarget database)
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(DataVersion).Assembly);

    private long? current;

    public long Current
    {
        get
        {
            if (current is null)
            {
                using var connection = database.Open();
                current = connection.ExecuteScalar<long>(Scripts.Read(database.Dialect, "Web", "DataVersion"));
            }

            return current.Value;
        }
    }
}
