using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Loading;

namespace PermanenciaAnalytics.App.Jobs.Pipeline;

/// <summary>The import job's bulk-load window: the ETL's <see cref="BulkLoadWindow"/> on the served database.</summary>
public sealed class BulkLoadWindowAdapter(DatabaseTarget database) : IBulkLoadWindow
{
    public bool OpenIfWorthIt(int pendingFiles, long pendingBytes) => BulkLoadWindow.OpenIfWorthIt(database, pendingFiles, pendingBytes);

    public int Close() => BulkLoadWindow.Close(database);
}
