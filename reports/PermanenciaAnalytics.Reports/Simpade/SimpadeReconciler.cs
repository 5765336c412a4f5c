using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Simpade;

/// <summary>
/// docs/design.md §5 rule 8: SIMAT dropouts of the recomputed outcomes against SIMPADE desertores. With identity,
/// matched by student key, PER_ID or document hash (never by name); without it (MEN's published extract), counted
/// per institution × grade × month. Counts only; no student is listed.
/// </summary>
public static class SimpadeReconciler
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(SimpadeReconciler).Assembly);

    /// <summary>By person when every SIMPADE desertor of the year is identified, else by cell.</summary>
    public static Reconciliation Run(DatabaseTarget target, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        var anonymous = connection.ExecuteScalar<long>(Scripts.Read(target.Dialect, "Simpade", "AnonymousDropouts"), new { year });
        if (anonymous == 0)
        {
            return new Reconciliation(ReconciliationMode.ByPerson, Reconcile(target, year), []);
        }

        var cells = connection.Query<(string Institution, long? Grade, long? Month, long Simat, long Simpade)>(
                Scripts.Read(target.Dialect, "Simpade", "ReconcileCells"), new { year })
            .Select(c => new ReconciliationCell(c.Institution, (int?)c.Grade, (int?)c.Month, c.Simat, c.Simpade))
            .ToList();
        return new Reconciliation(ReconciliationMode.ByCell, [], cells);
    }

    /// <summary>The by-person reconciliation of the identified SIMPADE desertores of the year.</summary>
    public static IReadOnlyList<ReconciliationRow> Reconcile(DatabaseTarget target, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        return connection.Query<(string Institution, long Both, long OnlySimpade, long OnlySimat)>(
                Scripts.Read(target.Dialect, "Simpade", "Reconcile"), new { year })
            .Select(r => new ReconciliationRow(r.Institution, r.Both, r.OnlySimpade, r.OnlySimat))
            .ToList();
    }
}
