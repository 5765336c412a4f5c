using System.Data.Common;
using System.Globalization;
using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// A SIMAT cut exported again (same cut, other bytes) replaces the earlier load of that cut instead of adding its rows
/// a second time. Runs inside the new file's transaction: the earlier rows go only if the new file commits, and the
/// earlier ledger row is kept as <c>replaced</c>, naming its replacement.
/// </summary>
internal static class CutReplacement
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(CutReplacement).Assembly);

    /// <summary>Replaces the earlier loads of <paramref name="cut"/> the new load covers; returns their file names.</summary>
    public static IReadOnlyList<string> Apply(SqlDialect dialect, DbConnection connection, DbTransaction transaction, long loadId, string newFile, DateOnly cut)
    {
        var replaced = connection.Query<(long LoadId, string FileName)>(
            Scripts.Read(dialect, "Loading", "CutReplaceable"), new { loadId, cut }, transaction, commandTimeout: 600).ToList();
        foreach (var (oldLoad, _) in replaced)
        {
            var message = string.Create(CultureInfo.InvariantCulture,
                $"Reemplazado por la carga {loadId} ('{newFile}'), una nueva exportación del corte {cut:yyyy-MM-dd}; sus filas ya no cuentan.");
            connection.Execute(Scripts.Read(dialect, "Loading", "CutReplace"), new { oldLoad, message }, transaction, commandTimeout: 600);
        }

        return replaced.Select(r => r.FileName).ToList();
    }
}
