using System.Net;
using System.Text.RegularExpressions;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Reports.Charts;
using SkiaSharp;

namespace PermanenciaAnalytics.Reports.Tests.Charts;

public sealed class MonthlyComparisonChartTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("permanencia-monthly-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>A municipal cumulative series: <paramref name="enrolled"/> students, dropouts per month 1–12.</summary>
    private static List<IndicatorRow> Series(int year, long enrolled, params long[] cumulative) =>
        cumulative.Select((d, i) => new IndicatorRow { Year = year, Month = i + 1, Enrolled = enrolled, Dropouts = d, TransfersOut = 0 }).ToList();

    [Fact]
    public void Create_WritesSpanishTitleMonthsAndBothYears_InTheSvg()
    {
        // Arrange: 2025 reaches 30/400 = 7.5 %, 2024 reaches 20/400 = 5 %.
        var thisYear = Series(2025, 400, 0, 0, 4, 8, 12, 16, 20, 22, 25, 28, 30, 30);
        var lastYear = Series(2024, 400, 0, 0, 2, 5, 8, 10, 12, 14, 16, 18, 20, 20);

        // Act
        var (_, svg) = ChartFile.Save(MonthlyComparisonChart.Create(2025, thisYear, lastYear, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), folder, "mensual");
        var texts = SvgTexts(File.ReadAllText(svg));

        // Assert: the ticks of a 0–8.6 % axis step by whole or half percents, written the es-CO way.
        Assert.Contains("Tasa de deserción acumulada por mes: 2025 frente a 2024", texts);
        Assert.Contains("Feb", texts);
        Assert.Contains("Nov", texts);
        Assert.DoesNotContain("Dic", texts);
        Assert.Contains("2024", texts);
        Assert.Contains("2025", texts);
        Assert.Contains("0 %", texts);
        Assert.All(texts.Where(t => t.EndsWith(" %", StringComparison.Ordinal)), t => Assert.DoesNotContain(".", t, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.EndsWith(",5 %", StringComparison.Ordinal));
    }

    private static List<string> SvgTexts(string svg) =>
        Regex.Matches(svg, @"<text[^>]*>\s*(.*?)\s*</text>", RegexOptions.Singleline).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [Fact]
    public void Create_DrawsTitleTextAndThisYearsLine_InThePng()
    {
        // Arrange
        var thisYear = Series(2025, 400, 0, 0, 4, 8, 12, 16, 20, 22, 25, 28, 30, 30);
        var lastYear = Series(2024, 400, 0, 0, 2, 5, 8, 10, 12, 14, 16, 18, 20, 20);

        // Act
        var (png, _) = ChartFile.Save(MonthlyComparisonChart.Create(2025, thisYear, lastYear, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), folder, "mensual");
        using var bitmap = SKBitmap.Decode(png);

        // Assert: dark title pixels in the top band (the embedded font rendered) and pixels of this year's line colour.
        int dark = 0, line = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var p = bitmap.GetPixel(x, y);
                if (y < 40 && x > bitmap.Width / 4 && x < bitmap.Width * 3 / 4 && p.Red < 100 && p.Green < 100 && p.Blue < 100)
                {
                    dark++;
                }

                if (p.Red == 0x1F && p.Green == 0x5C && p.Blue == 0x99)
                {
                    line++;
                }
            }
        }

        Assert.True(dark > 200, $"only {dark} dark pixels in the title area");
        Assert.True(line > 300, $"only {line} pixels of this year's line");
    }

    [Theory]
    // cumulative dropouts Jan..Dec of one series → months shown (school window February–November)
    [InlineData(new long[] { 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2 }, 2, 11)] // all dropouts inside the window
    [InlineData(new long[] { 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3 }, 2, 12)] // a December dropout widens to December
    [InlineData(new long[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 }, 1, 11)] // a January dropout widens to January
    [InlineData(new long[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 2, 11)] // no dropouts: the window
    public void MonthsToShow_WidensTheSchoolWindow_OnlyWhereDropoutsGrew(long[] cumulative, int first, int last)
    {
        // Act
        var months = MonthlyComparisonChart.MonthsToShow(2, 11, Series(2025, 100, cumulative), []);

        // Assert
        Assert.Equal(Enumerable.Range(first, last - first + 1), months);
    }
}
