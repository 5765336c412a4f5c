using Bunit;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components.Support;
using PermanenciaAnalytics.App.Web.Data;

namespace PermanenciaAnalytics.App.Tests.Web;

public sealed class UploadNoticeTests : BunitContext
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
        var text = Notice(notice).Find("p").TextContent;

        // Assert
        Assert.Equal(refresh == 0 ? null : refresh, notice.RefreshSeconds);
        Assert.Contains(phrase, text, StringComparison.Ordinal);
    }

    [Fact]
    public void For_ShowsTheFileNameAsText_WhenItHoldsMarkup()
    {
        // Act
        var notice = Notice(UploadNotice.For("<script>.csv", null));

        // Assert: the name reads as typed and no element came of it.
        Assert.Contains("<script>.csv", notice.Find("strong").TextContent, StringComparison.Ordinal);
        Assert.Empty(notice.FindAll("script"));
    }

    private IRenderedComponent<UploadNoticeView> Notice(UploadNotice notice) =>
        Render<UploadNoticeView>(p => p.Add(c => c.Notice, notice));

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
