using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Sql;

namespace PermanenciaAnalytics.Reports.Simpade;

/// <summary>
/// docs/design.md §5 rule 8: SIMAT dropouts of the recomputed outcomes against SIMPADE desertores, matched by student key,
/// PER_ID or document hash (never by name). Counts only; no student is listed.
/// </summary>
public static class SimpadeReconciler
{
    public static IReadOnlyList<ReconciliationRow> Reconcile(DatabaseTarget target, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        return connection.Query<(string Institution, long Both, long OnlySimpade, long OnlySimat)>(
                ReportSql.Read(target.Dialect, "Simpade", "Reconcile"), new { year })
            .Select(r => new ReconciliationRow(r.Institution, r.Both, r.OnlySimpade, r.OnlySimat))
            .ToList();
    }
}
