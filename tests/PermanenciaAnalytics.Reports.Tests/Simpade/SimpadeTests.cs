using PermanenciaAnalytics.Core.Simpade;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Reports.Simpade;
using PermanenciaAnalytics.Reports.Tests.Support;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Simpade;

public class SimpadeTests
{
    private const string C1 = "2025-03-31";
    private const string C2 = "2025-10-31";

    [Fact]
    public void Reconcile_CountsBothOnlySimpadeAndOnlySimat_MatchingByPerIdOrDocument()
    {
        // Arrange: SIMAT dropouts at 100: A (per_id 11), B (doc d-b), C (no SIMPADE row). SIMPADE: A by PER_ID under another
        // student key, B by document, Z unknown to SIMAT at 200, and K who is still enrolled (not a SIMAT dropout).
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025,
        [
            new(C1, "P11", "100", 6) { PerId = "11" }, new(C1, "DB", "100", 6) { DocKey = "d-b" }, new(C1, "C", "100", 6),
            new(C1, "K", "100", 6), new(C2, "K", "100", 6),
        ]);
        OutcomeRecomputer.Recompute(database.Target, 2025);
        SimpadeSeeder.Insert(database.Target, 2025,
        [
            new("X-11", "100", PerId: "11"), new("X-B", "100", DocKey: "d-b"), new("Z", "200"), new("K", "100"),
        ]);

        // Act
        var rows = SimpadeReconciler.Reconcile(database.Target, 2025);

        // Assert
        Assert.Equal([new ReconciliationRow("100", 2, 1, 1), new ReconciliationRow("200", 0, 1, 0)], rows);
    }

    [Fact]
    public void Reasons_CountsStudentsPerReasonAndCategory_WithDistinctStudents()
    {
        // Arrange: S1 TRABAJAR + CAMBIO DE RESIDENCIA; S2 TRABAJAR + EXTRAEDAD (two individual reasons, one student);
        // S3 PANDILLISMO; S4 no reason.
        using var database = new TempSqliteDatabase();
        SimpadeSeeder.Insert(database.Target, 2025,
        [
            new("S1", "100", null, null, "TRABAJAR", "CAMBIO_DE_RESIDENCIA"),
            new("S2", "100", null, null, "TRABAJAR", "EXTRAEDAD"),
            new("S3", "200", null, null, "PANDILLISMO"),
            new("S4", "200"),
        ]);

        // Act
        var all = ReasonQuery.Query(database.Target, 2025, byInstitution: false);
        var perInstitution = ReasonQuery.Query(database.Target, 2025, byInstitution: true);

        // Assert
        Assert.Equal(new DropoutTotal(null, 4, 1), Assert.Single(all.Totals));
        Assert.Equal(2, all.Reasons.Single(r => r.ReasonCode == "TRABAJAR").Students);
        Assert.Equal(
            [(ReasonCategory.Individual, 2L), (ReasonCategory.Familiar, 1L), (ReasonCategory.Contextual, 1L)],
            all.Categories.Select(c => (c.Category, c.Students)));
        Assert.Equal([("100", 2L), ("200", 2L)], perInstitution.Totals.Select(t => (t.InstitutionDane!, t.Students)));
        Assert.Equal(ReasonCategory.Contextual, perInstitution.Reasons.Single(r => r.InstitutionDane == "200").Category);
    }
}
