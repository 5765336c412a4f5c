using PermanenciaAnalytics.Etl.Official;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Official;

public class MenStatisticsReaderTests
{
    private static string Fixture(string name) => TestData.PathOf(Path.Combine("men", name));

    public static TheoryData<string> MunicipalVariants() =>
        ["men_municipio_54001.csv", "men_municipio_bom_crlf.csv", "men_municipio_win1252.csv", "men_municipio_socrata.csv"];

    [Theory]
    [MemberData(nameof(MunicipalVariants))]
    public void Read_GivesCucutasPublishedSeries_WhateverTheEncodingSeparatorOrHeaderSpelling(string file)
    {
        // Act
        var records = MenStatisticsReader.Read(Fixture(file)).ToList();

        // Assert: 13 Cúcuta rows (2011–2023), five other municipalities and Medellín in 2022.
        var cucuta = records.Where(r => r.TerritoryCode == "54001").ToList();
        Assert.Equal(19, records.Count);
        Assert.Equal(Enumerable.Range(2011, 13), cucuta.Select(r => r.Year));
        Assert.All(records, r => Assert.Equal(MenTerritoryKind.Municipality, r.Kind));
        var y2011 = cucuta[0];
        Assert.Equal(2, y2011.Line);
        Assert.Equal("Cúcuta", y2011.TerritoryName);
        Assert.Equal(148185L, y2011.Population);
        Assert.Equal([7.91m, 5.77m, 6.7m, 9.66m, 8.4m], MenRateLevels.Keys.Select(k => y2011.DropoutRates[k]!.Value));
        var y2023 = cucuta[^1];
        Assert.Equal([4.61m, 6.12m, 4.20m, 5.36m, 3.10m], MenRateLevels.Keys.Select(k => y2023.DropoutRates[k]!.Value));
        Assert.Null(y2023.Population);
    }

    [Fact]
    public void Read_DropsTheThousandsSeparator_OfThe2021Counts()
    {
        // Act: Cúcuta 2021 is written "3.802" (CÓDIGO_ETC) and "147.272" (POBLACIÓN_5_16).
        var y2021 = MenStatisticsReader.Read(Fixture("men_municipio_54001.csv")).Single(r => r.TerritoryCode == "54001" && r.Year == 2021);

        // Assert: the count loses its separator; the rates are decimals, untouched.
        Assert.Equal(147272L, y2021.Population);
        Assert.Equal(3.23m, y2021.DropoutRates[MenRateLevels.Total]);
        Assert.Equal(2.72m, y2021.DropoutRates["media"]);
    }

    [Fact]
    public void Read_KeepsBlankRatesAsNull_AndPadsACodeWithoutItsLeadingZero()
    {
        // Act
        var records = MenStatisticsReader.Read(Fixture("men_municipio_54001.csv")).Where(r => r.Year == 2022).ToList();

        // Assert: Sardinata has only its total; Medellín ("5001") has no rate at all.
        var sardinata = records.Single(r => r.TerritoryCode == "54720");
        Assert.Equal(6.91m, sardinata.DropoutRates[MenRateLevels.Total]);
        Assert.Null(sardinata.DropoutRates["primaria"]);
        var medellin = records.Single(r => r.TerritoryName == "Medellín");
        Assert.Equal("05001", medellin.TerritoryCode);
        Assert.All(MenRateLevels.Keys, k => Assert.Null(medellin.DropoutRates[k]));
    }

    [Fact]
    public void Read_FindsTheRatesByName_InTheDepartmentalFileWithShiftedColumnsAndPercentSigns()
    {
        // Act: 37 columns, DESERCIÓN four columns left of where the municipal file has it, values "6.87%".
        var records = MenStatisticsReader.Read(Fixture("men_departamento_54.csv")).ToList();

        // Assert (domain.md §4.3)
        Assert.Equal(Enumerable.Range(2011, 14), records.Select(r => r.Year));
        Assert.All(records, r => Assert.Equal(MenTerritoryKind.Department, r.Kind));
        Assert.All(records, r => Assert.Equal("54", r.TerritoryCode));
        Assert.Equal([6.87m, 4.98m, 5.15m, 9.35m, 8.44m], MenRateLevels.Keys.Select(k => records[0].DropoutRates[k]!.Value));
        Assert.Equal([4.37m, 4.94m, 4.07m, 5.07m, 3.16m], MenRateLevels.Keys.Select(k => records[^1].DropoutRates[k]!.Value));
        Assert.Equal(330046L, records[^1].Population);
    }

    [Theory]
    [InlineData("men_municipio_bad_rate.csv", "la línea 5: la DESERCIÓN_PRIMARIA 'n/d' no es un porcentaje entre 0 y 100")]
    [InlineData("men_municipio_short_row.csv", "la línea 4: tiene 40 campos y el encabezado 41")]
    public void Read_RefusesNamingFileLineAndCause_WhenARowCannotBeRead(string file, string cause)
    {
        // Act
        var refused = Assert.Throws<MenFileRefusedException>(() => MenStatisticsReader.Read(Fixture(file)).ToList());

        // Assert
        Assert.StartsWith($"El archivo '{file}' del MEN fue rechazado: {cause}", refused.Message, StringComparison.Ordinal);
        Assert.EndsWith("; no se guardó nada.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesNamingTheMissingColumns_WhenTheHeaderIsNotMens()
    {
        // Arrange
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "otro.csv");
        File.WriteAllText(path, "AÑO,CÓDIGO_MUNICIPIO,DESERCIÓN\n2022,54001,4.69\n");

        // Act
        var refused = Assert.Throws<MenFileRefusedException>(() => MenStatisticsReader.Read(path).ToList());

        // Assert
        Assert.Equal(
            "El archivo 'otro.csv' del MEN fue rechazado: al encabezado (línea 1) le faltan las columnas DESERCIÓN_TRANSICIÓN, DESERCIÓN_PRIMARIA, DESERCIÓN_SECUNDARIA, DESERCIÓN_MEDIA; no es el archivo de estadísticas por municipio o departamento del MEN; no se guardó nada.",
            refused.Message);
    }

    [Fact]
    public void Read_Refuses_WhenTheFileIsMissingOrEmpty()
    {
        // Arrange
        using var folder = new TempFolder();
        var empty = Path.Combine(folder.Path, "vacio.csv");
        File.WriteAllText(empty, "");

        // Act
        var missing = Assert.Throws<MenFileRefusedException>(() => MenStatisticsReader.Read(Path.Combine(folder.Path, "no.csv")).ToList());
        var blank = Assert.Throws<MenFileRefusedException>(() => MenStatisticsReader.Read(empty).ToList());

        // Assert
        Assert.EndsWith("no.csv' del MEN no existe.", missing.Message, StringComparison.Ordinal);
        Assert.Equal("El archivo 'vacio.csv' del MEN fue rechazado: está vacío; no se guardó nada.", blank.Message);
    }
}
