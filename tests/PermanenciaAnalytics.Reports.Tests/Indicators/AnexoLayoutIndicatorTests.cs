using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Indicators;

/// <summary>
/// The same twelve students of 154001000101 as two Anexo 6A cuts (no ESTADO: a student who left is simply absent) and
/// as two 54-column exports (one RETIRADO row kept). March: 11 enrolled; October: 6° and 8° lose one student each, the
/// adult (ciclo 3, outside the universe) leaves, and a 1° student arrives.
/// </summary>
public sealed class AnexoLayoutIndicatorTests
{
    [Fact]
    public void Query_GivesTheSameIndicators_WhenTheSameStudentsComeAsAnexo6AOrAs54Columns()
    {
        // Arrange
        using var anexo = Loaded("anexo6a/anexo6a_2025-03-31.csv", "anexo6a/anexo6a_2025-10-31.csv");
        using var plano = Loaded("anexo6a/plano54_2025-03-31.csv", "anexo6a/plano54_2025-10-31.csv");

        // Act
        var fromAnexo = Grades(anexo);
        var fromPlano = Grades(plano);

        // Assert: hand-computed per grade (enrolled, dropouts), then both layouts agree to the last digit.
        Assert.Equal(
            [(0, 2L, 0L), (1, 2L, 0L), (6, 2L, 1L), (8, 2L, 1L), (10, 1L, 0L), (11, 1L, 0L), (99, 1L, 0L)],
            fromAnexo.Select(r => (r.Grade, r.Enrolled, r.Dropouts)));
        Assert.Equal(50.00m, fromAnexo.Single(r => r.Grade == 6).DropoutRate);
        Assert.Equal(fromPlano, fromAnexo);
    }

    private static List<(int Grade, long Enrolled, long Dropouts, decimal? DropoutRate)> Grades(TempSqliteDatabase database) =>
        new IndicatorEngine(database.Target).Query(new IndicatorRequest(2025, IndicatorDimension.InstitutionGrade))
            .Select(r => (r.Grade!.Value, r.Enrolled, r.Dropouts, r.DropoutRate))
            .OrderBy(r => r.Item1)
            .ToList();

    private static TempSqliteDatabase Loaded(params string[] files)
    {
        var database = new TempSqliteDatabase();
        var loader = new ExtractLoader(database.Target, new LoadOptions { RejectsFolder = Path.Combine(database.Folder, "rejects") });
        foreach (var file in files)
        {
            Assert.Equal(LoadStatus.Loaded, loader.Load(TestData.PathOf(file), ExtractKind.Simat).Status);
        }

        OutcomeRecomputer.Recompute(database.Target, 2025);
        return database;
    }
}
