using PermanenciaAnalytics.Reports.Charts;
using PermanenciaAnalytics.Reports.Matching;
using PermanenciaAnalytics.Reports.Tests.Publishing;
using ScottPlot;
using SkiaSharp;

namespace PermanenciaAnalytics.Reports.Tests.Charts;

public sealed class ChartRenderingTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("permanencia-charts-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Plot GradeChart()
    {
        var input = PublicationSample.Build();
        var a = input.Institutions[0];
        return GradeRateChart.Create(a.InstitutionName, 2025, a.ByGrade, a.Plan, 4.69m);
    }

    [Fact]
    public void EnsureRegistered_MakesTheEmbeddedFontTheDefault()
    {
        // Act
        ChartFonts.EnsureRegistered();
        var typeface = ChartFonts.Resolver.CreateTypeface(ChartFonts.FamilyName, false, false);

        // Assert: the first resolver answers for the default family from the embedded bytes (DejaVu Sans inside).
        Assert.Equal(ChartFonts.FamilyName, Fonts.Default);
        Assert.Same(ChartFonts.Resolver, Fonts.FontResolvers[0]);
        Assert.NotNull(typeface);
        Assert.Equal("DejaVu Sans", typeface.FamilyName);
        Assert.True(ChartFonts.Resolver.TypefacesServed > 0);
        Assert.True(typeface.ContainsGlyphs("Deserción ñÑáéíóú°%"));
        Assert.Null(ChartFonts.Resolver.CreateTypeface("Some System Font", false, false));
    }

    [Fact]
    public void GradeChart_RendersTitleText_WithTheEmbeddedFont()
    {
        // Arrange
        var plot = GradeChart();

        // Act
        var (png, _) = ChartFile.Save(plot, folder, "grado");
        using var bitmap = SKBitmap.Decode(png);

        // Assert: the title band (top 40 px, middle half of the width) has dark text pixels on the white background.
        var dark = 0;
        for (var y = 0; y < 40; y++)
        {
            for (var x = bitmap.Width / 4; x < bitmap.Width * 3 / 4; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red < 100 && pixel.Green < 100 && pixel.Blue < 100)
                {
                    dark++;
                }
            }
        }

        Assert.Equal((ChartFile.DefaultWidth, ChartFile.DefaultHeight), (bitmap.Width, bitmap.Height));
        Assert.True(dark > 200, $"only {dark} dark pixels in the title area");
        // ScottPlot caches typefaces by name: the one it draws with must be the embedded resolver's instance.
        Assert.Same(ChartFonts.Resolver.CreateTypeface(ChartFonts.FamilyName, false, false), Fonts.GetTypeface(ChartFonts.FamilyName, false, false));
    }

    [Fact]
    public void GradeChart_DrawsBars_WhenThereIsNoPlanAndNoMunicipalRate()
    {
        // Arrange: nothing to put in a legend (regression: an empty bottom legend blanked the whole image).
        var a = PublicationSample.Build().Institutions[0];
        var plot = GradeRateChart.Create(a.InstitutionName, 2025, a.ByGrade, plan: null, municipalRate: null);

        // Act
        var (png, _) = ChartFile.Save(plot, folder, "sin_leyenda");
        using var bitmap = SKBitmap.Decode(png);

        // Assert: some pixels carry the institution's bar colour.
        var barPixels = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red == 0x1F && pixel.Green == 0x5C && pixel.Blue == 0x99)
                {
                    barPixels++;
                }
            }
        }

        Assert.True(barPixels > 500, $"only {barPixels} bar pixels: the chart is blank");
    }

    [Fact]
    public void Svg_ContainsTheSpanishTitleAndPercentTicks()
    {
        // Act
        var (_, svg) = ChartFile.Save(GradeChart(), folder, "grado");
        var text = File.ReadAllText(svg);

        // Assert
        Assert.Contains("Deserción por grado 2025 – Institución Educativa Simón Bolívar", text, StringComparison.Ordinal);
        Assert.Contains("Meta del plan", text, StringComparison.Ordinal);
        Assert.Contains("Municipio (4,69 %)", text, StringComparison.Ordinal);
        Assert.Contains("Transición", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthlyChart_UsesSpanishMonthTicks_AndMarksFollowUps()
    {
        // Arrange
        var input = PublicationSample.Build();
        var a = input.Institutions[0];
        var allowance = TargetPath.YearEndAllowance(a.Plan, a.ByGrade);

        // Act
        var (_, svg) = ChartFile.Save(MonthlyDropoutChart.Create(a.InstitutionName, 2025, a.ByMonth, allowance, [3, 4], MatchingOptions.Default), folder, "mes");
        var text = File.ReadAllText(svg);

        // Assert
        Assert.Contains("Feb", text, StringComparison.Ordinal);
        Assert.Contains("Nov", text, StringComparison.Ordinal);
        Assert.Contains("Desertores acumulados por mes 2025", text, StringComparison.Ordinal);
        Assert.Contains("Trayectoria de la meta", text, StringComparison.Ordinal);
        Assert.Contains("Mes con seguimiento", text, StringComparison.Ordinal);
    }
}
