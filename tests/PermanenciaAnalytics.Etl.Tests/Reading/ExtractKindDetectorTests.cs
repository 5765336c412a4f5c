using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Reading;

public sealed class ExtractKindDetectorTests
{
    [Theory]
    [InlineData("simat/plano54_bom_crlf_2024-03-31.csv", ExtractKind.Simat)]
    [InlineData("simat/plano54_nobom_lf_20240331.csv", ExtractKind.Simat)]
    [InlineData("simat/detallado43_win1252_20240430.txt", ExtractKind.Simat)]
    [InlineData("simat/anexo6a_tab.tsv", ExtractKind.Simat)]
    [InlineData("simpade/desertores_2025-11.csv", ExtractKind.Simpade)]
    [InlineData("simat/missing_columns_2024-03-31.csv", ExtractKind.Unknown)]
    [InlineData("simat/empty_2024-03-31.csv", ExtractKind.Unknown)]
    [InlineData("simat/binary_2024-03-31.csv", ExtractKind.Unknown)]
    public void Detect_ReturnsKind_WhenReadingHeader(string file, ExtractKind expected)
    {
        Assert.Equal(expected, ExtractKindDetector.Detect(TestData.PathOf(file)));
    }

    [Theory]
    [InlineData("simat/plano54_bom_crlf_2024-03-31.csv", ',', "utf-8")]
    [InlineData("simat/detallado43_win1252_20240430.txt", ';', "windows-1252")]
    [InlineData("simat/anexo6a_tab.tsv", '\t', "utf-8")]
    [InlineData("simpade/desertores_2025-11.csv", ';', "utf-8")]
    public void Sniff_DetectsDelimiterAndEncoding_WhenReadingFirstBytes(string file, char delimiter, string encoding)
    {
        var sniff = FileSniff.Read(TestData.PathOf(file));

        Assert.Equal(delimiter, sniff.Delimiter);
        Assert.Equal(encoding, sniff.Encoding.WebName);
    }
}
