using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;

namespace PermanenciaAnalytics.Etl.Tests.Reading;

public sealed class HeaderParsingTests
{
    [Theory]
    [InlineData("A,B;C,D", ',')]
    [InlineData("A;B;C,D", ';')]
    [InlineData("\"A;B;C\",D,E", ',')]
    [InlineData("A\tB\tC", '\t')]
    [InlineData("A|B|C;D", '|')]
    [InlineData("SOLO", ',')]
    public void Detect_PicksMostFrequentSeparatorOutsideQuotes_WhenGivenHeader(string header, char expected)
    {
        Assert.Equal(expected, DelimiterDetector.Detect(header));
    }

    [Theory]
    [InlineData("GRADO_COD", ExtractColumn.Grade)]
    [InlineData("cod grado", ExtractColumn.Grade)]
    [InlineData(" Código_DANE ", ExtractColumn.InstitutionDane)]
    [InlineData("DANE_ANTERIOR", ExtractColumn.SedeDane)]
    [InlineData("Tipo_Documento", ExtractColumn.DocType)]
    [InlineData("NRO_DOCUMENTO", ExtractColumn.DocNumber)]
    [InlineData("AÑO", ExtractColumn.SchoolYear)]
    [InlineData("TEL", ExtractColumn.Phone)]
    [InlineData("POBLACION_VICTIMA_CONFLICTO", ExtractColumn.Victima)]
    [InlineData("\uFEFFANO", ExtractColumn.SchoolYear)]
    public void Build_MapsAlias_WhenHeaderVariesInCaseAccentsAndSpaces(string header, ExtractColumn column)
    {
        var map = HeaderMap.Build(["X", header]);

        Assert.Equal(1, map.IndexOf(column));
    }

    [Fact]
    public void Build_PrefersEarlierAlias_WhenHeaderHoldsTwo()
    {
        var map = HeaderMap.Build(["GRADO", "GRADO_COD"]);

        Assert.Equal(1, map.IndexOf(ExtractColumn.Grade));
    }

    [Theory]
    [InlineData("simat_2024-03-31.csv", 2024, 3, 31)]
    [InlineData("MATRICULA_20241130_CUCUTA.csv", 2024, 11, 30)]
    [InlineData("corte 2023-02-28 final.txt", 2023, 2, 28)]
    public void FromFileName_FindsDate_WhenNameHoldsOne(string name, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), CutDateResolver.FromFileName(name));
    }

    [Theory]
    [InlineData("simat.csv")]
    [InlineData("simat_2024-13-45.csv")]
    [InlineData("lote_123456789.csv")]
    [InlineData("simat_2024-0331.csv")]
    public void FromFileName_ReturnsNull_WhenNoValidDate(string name)
    {
        Assert.Null(CutDateResolver.FromFileName(name));
    }
}
