using Bunit;
using PermanenciaAnalytics.Reports.Publishing.Html;

namespace PermanenciaAnalytics.Reports.Tests.Publishing;

/// <summary>The cells every indicator table uses, published and on the web: a reserved row never shows a figure.</summary>
public sealed class ReservedCellsTests : BunitContext
{
    [Theory]
    [InlineData(false, new[] { "120", "3", "2,50 %" })]
    [InlineData(true, new[] { "reservado", "reservado", "reservado" })]
    public void Render_WritesOneCellPerValue_OrAsManyReservedCells_WhenTheRowIsReserved(bool reserved, string[] expected)
    {
        // Act: the row's values arrive formatted; a reserved row's are zeroed and must not show.
        var cells = Render<ReservedCells>(p => p.Add(c => c.Reserved, reserved).Add(c => c.Values, reserved ? ["0", "0", "0,00 %"] : ["120", "3", "2,50 %"]));

        // Assert
        Assert.Equal(expected, cells.FindAll("td").Select(td => td.TextContent).ToArray());
        Assert.Equal(reserved ? 3 : 0, cells.FindAll("td.reservado[title]").Count);
    }
}
