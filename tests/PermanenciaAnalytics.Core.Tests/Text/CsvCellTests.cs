using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Core.Tests.Text;

public class CsvCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/x\",\"clic\")", "\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"clic\"\")\"")]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("+57 300 123 4567", "'+57 300 123 4567")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("-", "'-")]
    public void Field_PrefixesAQuote_WhenASpreadsheetWouldRunTheValue(string value, string expected)
    {
        // Act
        var field = CsvCell.Field(value);

        // Assert
        Assert.Equal(expected, field);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("-1", "-1")]        // grade code "prejardín": a number, not a formula
    [InlineData("-2.50", "-2.50")]
    [InlineData("154001000101", "154001000101")]
    [InlineData("COLEGIO = BUENO", "COLEGIO = BUENO")]
    [InlineData("EN PROCESO, ANULADO", "\"EN PROCESO, ANULADO\"")]
    public void Field_LeavesNumbersAndPlainText_WhenNothingCouldRun(string? value, string expected)
    {
        // Act
        var field = CsvCell.Field(value);

        // Assert
        Assert.Equal(expected, field);
    }

    [Fact]
    public void Neutralize_KeepsNull_AndLeavesQuotingToTheCaller()
    {
        // Act and Assert: CsvHelper-based writers quote on their own.
        Assert.Null(CsvCell.Neutralize(null));
        Assert.Equal("'=1,2", CsvCell.Neutralize("=1,2"));
    }
}
