using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Pages;

namespace PermanenciaAnalytics.App.Tests.Web;

public sealed class UploadNoticeTests
{
    // Inbox state of the upload (empty: not in the inbox), expected refresh (0: none), a phrase the notice must say.
    public static TheoryData<string, int, string> States() => new()
    {
        { "pendiente", 3, "está en espera o en importación" },
        { "rechazado", 0, "fue rechazado: x.csv: está vacío" },
        { "procesado", 0, "ya fue procesado sin registrar una carga nueva" },
        { "", 0, "No se encontró el archivo" },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void For_RefreshesOnlyWhileTheFileWaits_AndSaysWhereItIs(string state, int refresh, string phrase)
    {
        // Arrange
        var file = state.Length == 0 ? null : new InboxFile("x.csv", state, 10, DateTime.UnixEpoch, state == "rechazado" ? "x.csv: está vacío" : null);

        // Act
        var notice = UploadNotice.For("x.csv", file);

        // Assert
        Assert.Equal(refresh == 0 ? null : refresh, notice.RefreshSeconds);
        Assert.Contains(phrase, notice.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void For_EncodesTheFileName_WhenItHoldsMarkup()
    {
        // Act
        var notice = UploadNotice.For("<script>.csv", null);

        // Assert
        Assert.Contains("&lt;script&gt;.csv", notice.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", notice.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("15400100010", "15400100010")]
    [InlineData("EN PROCESO, ANULADO", "\"EN PROCESO, ANULADO\"")]
    [InlineData("dice \"hola\"", "\"dice \"\"hola\"\"\"")]
    [InlineData("dos\nlíneas", "\"dos\nlíneas\"")]
    public void CsvField_QuotesOnlyWhenTheValueNeedsIt(string? value, string expected)
    {
        // Act
        var field = RejectedRowsReader.CsvField(value);

        // Assert
        Assert.Equal(expected, field);
    }
}
