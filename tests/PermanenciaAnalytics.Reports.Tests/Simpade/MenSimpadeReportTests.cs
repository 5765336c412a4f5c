using PermanenciaAnalytics.Core.Simpade;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Reports.Simpade;
using PermanenciaAnalytics.Reports.Tests.Support;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Simpade;

/// <summary>
/// Reasons and reconciliation on MEN's published SIMPADE extract (real header, no identity), loaded by the real loader.
/// Fixture rows, by institution — A 154001000101: 1 TRABAJAR + CAMBIO_DE_RESIDENCIA · 2 no flag reported · 3 all flags 0 ·
/// 4 DROGADICCION · 5 TRABAJAR · 10 LAS_METODOLOGÍAS…; B 154001000202: 6 COSTOS_EDUCATIVOS + TRABAJAR ·
/// 7 MATONEO_ESCOLAR_(BULLYING) · 8 OTRAS · 9 no flag reported.
/// </summary>
public sealed class MenSimpadeReportTests
{
    private const string A = "154001000101";
    private const string B = "154001000202";

    [Fact]
    public void Query_CountsEachInstitutionsDropoutsReasonsAndMenCategories_WhenSimpadeHasNoIdentity()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        Load(database, TestData.PathOf("simpade/men_desertores_sin_identidad_2025-11.csv"));

        // Act
        var distribution = ReasonQuery.Query(database.Target, 2025, byInstitution: true);

        // Assert
        Assert.Equal([new DropoutTotal(A, 6, 1), new DropoutTotal(B, 4, 1)], distribution.Totals);
        Assert.Equal(2, distribution.Reasons.Single(r => r.InstitutionDane == A && r.ReasonCode == "TRABAJAR").Students);
        Assert.Equal(
            [
                (A, ReasonCategory.Individual, 3L), (A, ReasonCategory.Familiar, 1L), (A, ReasonCategory.Escolar, 1L),
                (B, ReasonCategory.Individual, 1L), (B, ReasonCategory.Escolar, 2L), (B, ReasonCategory.Otra, 1L),
            ],
            distribution.Categories.Select(c => (c.InstitutionDane!, c.Category, c.Students)));
    }

    [Fact]
    public void Query_CountsOnlyTheLatestExtract_WhenTwoIdentityLessExtractsOfTheYearAreLoaded()
    {
        // Arrange: an earlier cut holding the first four rows, then the full extract (SIMPADE extracts are cumulative).
        using var database = new TempSqliteDatabase();
        var full = TestData.PathOf("simpade/men_desertores_sin_identidad_2025-11.csv");
        var earlier = Path.Combine(database.Folder, "men_desertores_sin_identidad_2025-09.csv");
        File.WriteAllLines(earlier, File.ReadLines(full).Take(5), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Load(database, earlier);
        var afterFirst = ReasonQuery.Query(database.Target, 2025, byInstitution: false).Totals.Single().Students;

        // Act
        Load(database, full);
        var afterSecond = ReasonQuery.Query(database.Target, 2025, byInstitution: false).Totals.Single().Students;

        // Assert: 4, then 10 — not 14.
        Assert.Equal((4L, 10L), (afterFirst, afterSecond));
    }

    [Fact]
    public void Run_ReconcilesByInstitutionGradeAndMonth_WhenSimpadeHasNoIdentity()
    {
        // Arrange: in SIMAT, S withdrew from A's 8th grade on 20 May (dropout month 5); K stayed enrolled.
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025,
        [
            new("2025-03-31", "S", A, 8), new("2025-10-31", "S", A, 8, "RETIRADO", "2025-05-20"),
            new("2025-03-31", "K", A, 8), new("2025-10-31", "K", A, 8),
        ]);
        OutcomeRecomputer.Recompute(database.Target, 2025);
        Load(database, TestData.PathOf("simpade/men_desertores_sin_identidad_2025-11.csv"));

        // Act
        var reconciliation = SimpadeReconciler.Run(database.Target, 2025);

        // Assert: SIMPADE has two 8th-grade May desertores at A (rows 1 and 5), SIMAT one.
        Assert.Equal(ReconciliationMode.ByCell, reconciliation.Mode);
        Assert.Empty(reconciliation.ByPerson);
        Assert.Equal(9, reconciliation.ByCell.Count);
        var cell = reconciliation.ByCell.Single(c => c.InstitutionDane == A && c.Grade == 8 && c.Month == 5);
        Assert.Equal((1L, 2L, 1L), (cell.Simat, cell.Simpade, cell.Difference));
        Assert.Equal(10, reconciliation.ByCell.Sum(c => c.Simpade));
    }

    private static void Load(TempSqliteDatabase database, string path)
    {
        var loader = new ExtractLoader(database.Target, new LoadOptions { RejectsFolder = Path.Combine(database.Folder, "rejects") });
        Assert.Equal(LoadStatus.Loaded, loader.Load(path, ExtractKind.Simpade).Status);
    }
}
