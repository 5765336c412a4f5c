using Dapper;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// Búsqueda-activa casework on <see cref="SeedData"/>'s 2025, recorded through <see cref="OutreachOutcomeStore"/>, with
/// the figures it must give computed by hand. Starts (a dropout's last enrolled cut): S2 2025-06-01, S3 2025-03-01,
/// S6 (B) 2025-06-01; S7 (B, still enrolled) is a riesgo case opened on 2025-10-01.
/// <list type="bullet">
/// <item>S3 (A): contactado 11/06 (31 + 30 + 31 + 10 = 102 days), reintegrado 20/06 → closed reintegrado, contacted.</item>
/// <item>S2 (A): no contesta 06/11 (30 + 31 + 31 + 30 + 31 + 5 = 158 days) → en seguimiento, not contacted.</item>
/// <item>S6 (B): no contact → abierto (no case row), out of the median.</item>
/// <item>S7 (B, riesgo): no localizado 03/10 (2 days) → closed, not contacted, not returned.</item>
/// </list>
/// A: 2 cases, 1 open, 1/2 contacted = 50,00 %, 1/2 returned = 50,00 %, median of 102 and 158 = 130.
/// B: 2 cases, 1 open, 0,00 %, 0,00 %, median 2. City: 4 cases, 2 open, 1/4 = 25,00 %, 1/4 = 25,00 %, median of 2, 102, 158 = 102.
/// By month for A: June 1 contactado (S3, two reaching contacts count once) and 1 reintegrado; November none (no contesta).
/// </summary>
public static class CaseScenario
{
    public static void Record(DatabaseTarget target)
    {
        using (var connection = target.Open())
        {
            // A riesgo case as the risk page opens it (the school opens it before any contact).
            connection.Execute("""
                INSERT INTO outreach_case (school_year, student_key, institution_dane, state, contacts, origin, opened_on, opened_by, risk_band)
                VALUES (2025, 'S7', @dane, 'abierto', 0, 'riesgo', '2025-10-01', 'rector-b', 'alto')
                """, new { dane = SeedData.OtherDane });
        }

        var store = new OutreachOutcomeStore(target, TimeProvider.System);
        store.Record(2025, "S3", SeedData.OwnDane, OutreachOutcome.Contactado, new DateOnly(2025, 6, 11), null, "rectora", "llamada");
        store.Record(2025, "S3", SeedData.OwnDane, OutreachOutcome.Reintegrado, new DateOnly(2025, 6, 20), null, "rectora", "visita");
        store.Record(2025, "S2", SeedData.OwnDane, OutreachOutcome.NoContesta, new DateOnly(2025, 11, 6), null, "rectora", "llamada");
        store.Record(2025, "S7", SeedData.OtherDane, OutreachOutcome.NoLocalizado, new DateOnly(2025, 10, 3), null, "rector-b", "visita");
    }
}
