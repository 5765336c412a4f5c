using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components.Support;
using PermanenciaAnalytics.App.Web.Data;

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
    public async Task For_RefreshesOnlyWhileTheFileWaits_AndSaysWhereItIs(string state, int refresh, string phrase)
    {
        // Arrange
        var file = state.Length == 0 ? null : new InboxFile("x.csv", state, 10, DateTime.UnixEpoch, state == "rechazado" ? "x.csv: está vacío" : null);

        // Act
        var notice = UploadNotice.For("x.csv", file);
        var html = await RenderAsync(notice);

        // Assert
        Assert.Equal(refresh == 0 ? null : refresh, notice.RefreshSeconds);
        Assert.Contains(phrase, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task For_EncodesTheFileName_WhenItHoldsMarkup()
    {
        // Act
        var html = await RenderAsync(UploadNotice.For("<script>.csv", null));

        // Assert
        Assert.Contains("&lt;script&gt;.csv", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    private static Task<string> RenderAsync(UploadNotice notice) =>
        ComponentHtml.RenderAsync<UploadNoticeView>(new Dictionary<string, object?> { [nameof(UploadNoticeView.Notice)] = notice });

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
