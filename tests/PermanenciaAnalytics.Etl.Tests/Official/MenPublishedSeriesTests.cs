using PermanenciaAnalytics.Etl.Official;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Official;

public class MenPublishedSeriesTests
{
    private static string Fixture(string name) => TestData.PathOf(Path.Combine("men", name));

    [Fact]
    public void Read_KeepsOnlyTheMunicipalitysRows_YearsAscendingAndLevelsInOrder()
    {
        // Act
        var series = MenPublishedSeries.Read(Fixture("men_municipio_54001.csv"), "54001");

        // Assert: 13 years × 5 levels; 2016 is domain.md §4.2's row.
        Assert.Equal(MenTerritoryKind.Municipality, series.Kind);
        Assert.Equal("54001", series.TerritoryCode);
        Assert.Equal("Cúcuta", series.TerritoryName);
        Assert.Equal(65, series.Rates.Count);
        Assert.All(series.Rates, r => Assert.Equal("54001", r.TerritoryCode));
        Assert.Equal(
            [("total", 5.24m), ("transicion", 7.52m), ("primaria", 4.12m), ("secundaria", 6.78m), ("media", 3.73m)],
            series.Rates.Where(r => r.Year == 2016).Select(r => (r.Level, r.Rate!.Value)));
    }

    [Fact]
    public void Read_TakesTheMunicipalitysDepartment_FromTheDepartmentalFile()
    {
        // Act
        var series = MenPublishedSeries.Read(Fixture("men_departamento_54.csv"), "54001");

        // Assert: Norte de Santander 2023 total 4.79 (domain.md §4.3, §7).
        Assert.Equal(MenTerritoryKind.Department, series.Kind);
        Assert.Equal("54", series.TerritoryCode);
        Assert.Equal(4.79m, series.Rates.Single(r => r.Year == 2023 && r.Level == "total").Rate);
    }

    [Fact]
    public void Read_Refuses_WhenTheFileHasNoRowOfTheMunicipality()
    {
        // Act
        var refused = Assert.Throws<MenFileRefusedException>(() => MenPublishedSeries.Read(Fixture("men_municipio_54001.csv"), "11001"));

        // Assert
        Assert.Equal("El archivo 'men_municipio_54001.csv' del MEN fue rechazado: no tiene ninguna fila del municipio 11001; no se guardó nada.", refused.Message);
    }

    [Fact]
    public void Read_RefusesNamingBothLines_WhenAYearOfTheMunicipalityAppearsTwice()
    {
        // Arrange: the fixture with its 2011 Cúcuta row (line 2) repeated at the end.
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(Fixture("men_municipio_54001.csv"));
        var path = Path.Combine(folder.Path, "doble.csv");
        File.WriteAllLines(path, [.. lines, lines[1]]);

        // Act
        var refused = Assert.Throws<MenFileRefusedException>(() => MenPublishedSeries.Read(path, "54001"));

        // Assert
        Assert.Equal($"El archivo 'doble.csv' del MEN fue rechazado: las líneas 2 y {lines.Length + 1} son las dos del territorio 54001 en 2011; no se guardó nada.", refused.Message);
    }
}
