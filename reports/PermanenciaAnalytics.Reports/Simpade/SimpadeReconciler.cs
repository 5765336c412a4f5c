using Dapper;
using PermanenciaAnalytics.Etl.Database;

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
                SqlScripts.Of(typeof(SimpadeReconciler).Assembly).Read(target.Dialect, "Simpade", "Reconcile"), new { year })
            .Select(r => new ReconciliationRow(r.Institution, r.Both, r.OnlySimpade, r.OnlySimat))
            .ToList();
    }
}
