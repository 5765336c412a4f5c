using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>The clickable bars of the grade chart: an image map computed from the same plot as the PNG route.</summary>
public sealed partial class GradeChartMapTests(InstitutionSiteFixture fixture) : IClassFixture<InstitutionSiteFixture>
{
    // ChartStyle.Institution: the colour the grade chart fills its bars with.
    private static readonly SKColor BarColour = SKColor.Parse("#1F5C99");

    [Fact]
    public async Task Map_LinksEachBarToItsGradeStudents_WhenTheViewerMaySeeStudentLists()
    {
        // Arrange
        using var session = new BrowserlessSession(fixture.Site);
        using var login = await session.LoginAsync("rectora");

        // Act
        var html = await session.Client.GetStringAsync(new Uri($"/instituciones/{SeedData.OwnDane}?anio=2025", UriKind.Relative));
        var areas = Areas(html);

        // Assert: A has bars for 6° and 7°, in that order.
        Assert.Contains("usemap=\"#barras-grados\"", html, StringComparison.Ordinal);
        Assert.Equal(
            [$"/instituciones/{SeedData.OwnDane}/grados/6/estudiantes?anio=2025", $"/instituciones/{SeedData.OwnDane}/grados/7/estudiantes?anio=2025"],
            areas.Select(a => a.Href).ToArray());
        Assert.Equal(["Estudiantes de 6° (tasa 50,00 %)", "Estudiantes de 7° (tasa 50,00 %)"], areas.Select(a => a.Alt).ToArray());
    }

    [Fact]
    public async Task Map_AreaLiesOnItsBar_InTheRenderedPng()
    {
        // Arrange
        using var session = new BrowserlessSession(fixture.Site);
        using var login = await session.LoginAsync("cobertura1");
        var html = await session.Client.GetStringAsync(new Uri($"/instituciones/{SeedData.OwnDane}?anio=2025", UriKind.Relative));

        // Act
        var png = await session.Client.GetByteArrayAsync(new Uri($"/instituciones/{SeedData.OwnDane}/grafico.png?anio=2025", UriKind.Relative));
        using var bitmap = SKBitmap.Decode(png);

        // Assert: the centre of every area is bar-coloured; just outside its left and right edges is not.
        var areas = Areas(html);
        Assert.Equal(2, areas.Count);
        Assert.Equal((900, 480), (bitmap.Width, bitmap.Height));
        foreach (var (left, top, right, bottom, href, _) in areas)
        {
            var middleY = (top + bottom) / 2;
            Assert.True(right - left > 20 && bottom - top > 20, $"area of {href} is too small to be a bar");
            Assert.Equal(BarColour, bitmap.GetPixel((left + right) / 2, middleY));
            Assert.NotEqual(BarColour, bitmap.GetPixel(left - 3, middleY));
            Assert.NotEqual(BarColour, bitmap.GetPixel(right + 3, middleY));
        }
    }

    [Fact]
    public async Task Map_AreaHref_OpensTheStudentsPage()
    {
        // Arrange
        using var session = new BrowserlessSession(fixture.Site);
        using var login = await session.LoginAsync("rectora");
        var html = await session.Client.GetStringAsync(new Uri($"/instituciones/{SeedData.OwnDane}?anio=2025", UriKind.Relative));

        // Act
        using var response = await session.Client.GetAsync(new Uri(WebUtility.HtmlDecode(Areas(html)[1].Href), UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("7°", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_IsAbsent_WhenTheViewerMayNotSeeStudentLists()
    {
        // Arrange
        using var session = new BrowserlessSession(fixture.Site);
        using var login = await session.LoginAsync("secretaria1");

        // Act
        var html = await session.Client.GetStringAsync(new Uri($"/instituciones/{SeedData.OwnDane}?anio=2025", UriKind.Relative));

        // Assert: the chart is there, without links to students.
        Assert.Contains("id=\"grafico-grados\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<map", html, StringComparison.Ordinal);
        Assert.DoesNotContain("usemap", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/estudiantes", html, StringComparison.Ordinal);
    }

    private static List<(int Left, int Top, int Right, int Bottom, string Href, string Alt)> Areas(string html) =>
        AreaTag().Matches(html).Select(m => (
            int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture),
            m.Groups[5].Value, m.Groups[6].Value)).ToList();

    // data-coords repeats the image-pixel coordinates that site.js rescales on a narrow screen.
    [GeneratedRegex("<area shape=\"rect\" coords=\"(\\d+),(\\d+),(\\d+),(\\d+)\" data-coords=\"\\1,\\2,\\3,\\4\" href=\"([^\"]+)\" alt=\"([^\"]+)\"\\s*/?>")]
    private static partial Regex AreaTag();
}
