using PermanenciaAnalytics.Core.Risk;
using PermanenciaAnalytics.Reports.Risk;

namespace PermanenciaAnalytics.Reports.Tests.Risk;

public class RiskListTests
{
    [Fact]
    public void For_ScoresEveryStudentEnrolledAtTheLatestCut_WithTheSeededWeights()
    {
        // Arrange
        using var database = RiskScenario.Create();

        // Act
        var rows = RiskList.For(database.Target, 2025);

        // Assert: seeded points (migration 0470): extra_edad 25, repitente 15, nuevo 10, intermitencia 20,
        // traslado 10, retiro año anterior 30, migrante 10, sede 10; medio from 20, alto from 40. D1 left: not listed.
        Assert.Equal(
            [
                "154001000011,P3,7,55,Alto,repitente;retiro_anio_anterior;sede_desercion_alta",
                "154001000022,M1,2,45,Alto,extra_edad;nuevo;migrante",
                "154001000022,G1,4,30,Medio,nuevo;intermitencia",
                "154001000011,P2,6,25,Medio,repitente;sede_desercion_alta",
                "154001000022,T1,8,20,Medio,nuevo;traslado_en_anio",
                "154001000011,P1,6,10,Bajo,sede_desercion_alta",
                "154001000022,N1,3,10,Bajo,nuevo",
            ],
            rows.Select(r => $"{r.InstitutionDane},{r.StudentKey},{r.Grade},{r.Score},{r.Band},{string.Join(';', r.Factors)}"));
    }

    [Fact]
    public void For_ListsOnlyTheInstitution_WhenOneIsAsked()
    {
        // Arrange
        using var database = RiskScenario.Create();

        // Act
        var rows = RiskList.For(database.Target, 2025, RiskScenario.A);

        // Assert
        Assert.Equal(["P3", "P2", "P1"], rows.Select(r => r.StudentKey));
    }

    [Fact]
    public void Read_SeesOnlyRowsUpToTheCut_WhenAnEarlierCutIsScored()
    {
        // Arrange
        using var database = RiskScenario.Create();

        // Act: as of 30 June, G1 is absent and T1 has just moved; D1 has already left.
        var students = RiskStudentReader.Read(database.Target, 2025, new DateOnly(2025, 6, 30)).ToDictionary(s => s.StudentKey);

        // Assert
        Assert.Equal(["M1", "N1", "P1", "P2", "P3", "T1"], students.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(RiskScenario.B, students["T1"].InstitutionDane);
        Assert.Equal(2, students["T1"].Facts.InstitutionsThisYear);
        Assert.Equal(100m / 3, students["P1"].Facts.SedePriorRate);
        Assert.Null(students["N1"].Facts.SedePriorRate);
    }

    [Fact]
    public void Save_WritesANewVersionInForce_AndKeepsTheOldOne()
    {
        // Arrange
        using var database = RiskScenario.Create();
        var seeded = RiskModelStore.Current(database.Target);
        var points = seeded.Points.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        points[RiskFactorCatalog.Nuevo] = 0;

        // Act
        var version = RiskModelStore.Save(database.Target, seeded with { Points = points, BandAlto = 50 }, "prueba", "sin nuevo", new DateTime(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc));
        var rows = RiskList.For(database.Target, 2025).ToDictionary(r => r.StudentKey);

        // Assert: M1 drops to 35 (medio), N1 to 0; P3 at 55 stays alto under the new cut point.
        Assert.Equal(2, version);
        Assert.Equal([2, 1], RiskModelStore.Versions(database.Target).Select(v => v.Model.Version));
        Assert.Equal((35, RiskBand.Medio), (rows["M1"].Score, rows["M1"].Band));
        Assert.Equal(0, rows["N1"].Score);
        Assert.Equal(RiskBand.Alto, rows["P3"].Band);
        Assert.Equal(25, RiskModelStore.Versions(database.Target)[1].Model.PointsOf(RiskFactorCatalog.ExtraEdad));
    }
}
