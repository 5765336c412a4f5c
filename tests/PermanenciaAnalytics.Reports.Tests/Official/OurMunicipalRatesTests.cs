using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Reports.Official;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Reports.Tests.Support;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Official;

public class OurMunicipalRatesTests
{
    /// <summary>
    /// 2025, cuts 03-31 and 10-31. Cúcuta (154001…): grade 0 four students, one vanishes; grade 3 two, both stay;
    /// grade 10 two, one vanishes; grade 99 one who vanishes. Ocaña (154498…): grade 3 four students, all vanish.
    /// </summary>
    private static void Seed(TempSqliteDatabase database, bool withOcana)
    {
        var rows = new List<EnrollmentFixtureRow>();
        void Student(string key, string institution, int grade, bool stays)
        {
            rows.Add(new("2025-03-31", key, institution, grade));
            if (stays)
            {
                rows.Add(new("2025-10-31", key, institution, grade));
            }
        }

        for (var i = 0; i < 4; i++)
        {
            Student($"T{i}", "154001000011", 0, stays: i > 0);
        }

        Student("P1", "154001000011", 3, stays: true);
        Student("P2", "154001000022", 3, stays: true);
        Student("M1", "154001000022", 10, stays: true);
        Student("M2", "154001000022", 10, stays: false);
        Student("A1", "154001000011", 99, stays: false);
        if (withOcana)
        {
            for (var i = 0; i < 4; i++)
            {
                Student($"O{i}", "154498000033", 3, stays: false);
            }
        }

        EnrollmentSeeder.Insert(database.Target, 2025, rows);
        OutcomeRecomputer.Recompute(database.Target, 2025);
    }

    private static Dictionary<string, (long Enrolled, long Dropouts, decimal? Rate)> Counts(IReadOnlyDictionary<string, IndicatorRow> rows) =>
        rows.ToDictionary(r => r.Key, r => (r.Value.Enrolled, r.Value.Dropouts, r.Value.DropoutRate));

    [Fact]
    public void Read_GivesTheEnginesMunicipalAndLevelRows_WhenEveryInstitutionIsInTheMunicipality()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        Seed(database, withOcana: false);
        var engine = new IndicatorEngine(database.Target);
        var loaded = LoadedMunicipalities.Read(database.Target);

        // Act
        var ours = OurMunicipalRates.Read(engine, 2025, "54001", loaded);

        // Assert: total 9 students (aceleración included), 3 dropouts = 33.33; aceleración has no MEN level.
        Assert.Equal(["54001"], loaded);
        Assert.Equal(
            new Dictionary<string, (long, long, decimal?)>
            {
                ["total"] = (9, 3, 33.33m),
                ["transicion"] = (4, 1, 25.00m),
                ["primaria"] = (2, 0, 0.00m),
                ["media"] = (2, 1, 50.00m),
            },
            Counts(ours));
        Assert.Equal(engine.Query(2025, IndicatorDimension.Municipality, null).Single().DropoutRate, ours["total"].DropoutRate);
    }

    [Fact]
    public void Read_SumsTheEnginesGradeRowsOfTheMunicipality_WhenInstitutionsOfAnotherMunicipalityAreLoaded()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        Seed(database, withOcana: true);
        var engine = new IndicatorEngine(database.Target);
        var loaded = LoadedMunicipalities.Read(database.Target);

        // Act
        var cucuta = OurMunicipalRates.Read(engine, 2025, "54001", loaded);
        var ocana = OurMunicipalRates.Read(engine, 2025, "54498", loaded);
        var bogota = OurMunicipalRates.Read(engine, 2025, "11001", loaded);

        // Assert: Ocaña's four dropouts stay out of Cúcuta's figures (the engine's municipality row has 13, 7).
        Assert.Equal(["54001", "54498"], loaded);
        Assert.Equal((9L, 3L, 33.33m), Counts(cucuta)["total"]);
        Assert.Equal((2L, 0L, 0.00m), Counts(cucuta)["primaria"]);
        Assert.Equal((4L, 4L, 100.00m), Counts(ocana)["total"]);
        Assert.Equal((4L, 4L, 100.00m), Counts(ocana)["primaria"]);
        Assert.Empty(bogota);
        Assert.Equal(13, engine.Query(2025, IndicatorDimension.Municipality, null).Single().Enrolled);
    }

    [Fact]
    public void Read_IsEmpty_ForAYearWithoutOutcomes()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        Seed(database, withOcana: false);

        // Act
        var ours = OurMunicipalRates.Read(new IndicatorEngine(database.Target), 2023, "54001", ["54001"]);

        // Assert
        Assert.Empty(ours);
    }
}
