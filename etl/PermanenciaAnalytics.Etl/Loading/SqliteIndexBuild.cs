using System.Data.Common;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// SQLite settings for rebuilding a load's indexes inside its transaction. CREATE INDEX sorts a million keys; with the
/// load's 64 MB cache and in-memory temp store the whole sort stayed in memory (the load's memory peak, 315 MB on a
/// 1 M-row file). An 8 MB sort buffer spilled to temp files and two sorter threads rebuild the five indexes of a 1 M-row
/// file in 3.9 s instead of 5.6 s with a peak of 77 MB instead of 208 MB (measured 2026-12-04). Only such loads move
/// temp storage to files (<see cref="BeforeTransaction"/>): a monthly cut into live indexes ran ~3 % slower with it.
/// <see cref="End"/> gives the transaction its cache back for what follows (a cut replacement deletes a whole cut).
/// </summary>
internal static class SqliteIndexBuild
{
    /// <summary>Temp storage in files; SQLite only accepts it outside a transaction.</summary>
    public static void BeforeTransaction(DbConnection connection) => SqlitePragmas.Run(connection, null, "IndexBuildTempStore");

    public static void Begin(DbConnection connection, DbTransaction transaction) => SqlitePragmas.Run(connection, transaction, "IndexBuildPragmas");

    public static void End(DbConnection connection, DbTransaction transaction) => SqlitePragmas.Run(connection, transaction, "IndexBuildPragmasEnd");
}
