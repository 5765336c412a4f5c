using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Reports.Charts;
using PermanenciaAnalytics.Reports.Matching;
using ScottPlot.Plottables;

namespace PermanenciaAnalytics.Reports.Tests.Charts;

/// <summary>Charts a reader can trust: short names, a value on every bar, words for what is missing, and SVGs that carry their font.</summary>
public sealed class ChartHonestyTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("permanencia-honesty-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("INSTITUCIÓN EDUCATIVA SIMÓN BOLÍVAR", "IE SIMÓN BOLÍVAR")]
    [InlineData("INSTITUCION EDUCATIVA CLUB DE LEONES", "IE CLUB DE LEONES")]
    [InlineData("COLEGIO SAGRADO CORAZÓN DE JESÚS", "COL. SAGRADO CORAZÓN DE JESÚS")]
    [InlineData("CENTRO EDUCATIVO RURAL PALMARITO", "CE RURAL PALMARITO")]
    [InlineData("ESCUELA NORMAL SUPERIOR", "ESCUELA NORMAL SUPERIOR")]
    [InlineData("INSTITUCIÓN EDUCATIVA FRANCISCO JOSÉ DE PAULA SANTANDER OMAÑA", "IE FRANCISCO JOSÉ DE PAULA SANTANDER OM…")]
    public void ShortInstitutionName_DropsTheCommonPrefixAndCapsTheLength(string name, string expected) =>
        Assert.Equal(expected, ChartStyle.ShortInstitutionName(name));

    [Fact]
    public void GradeChart_WritesTheValueOnEveryBarAndNamesTheReservedGrades_WhenAGradeHas0PercentAndAnotherIsReserved()
    {
        // Arrange: 6° has no dropouts (0 %), 7° 1 of 4 (25 %), 8° is reserved.
        IndicatorRow[] rows =
        [
            new() { Year = 2025, Grade = 6, Enrolled = 10, Dropouts = 0, TransfersOut = 0 },
            new() { Year = 2025, Grade = 7, Enrolled = 4, Dropouts = 1, TransfersOut = 0 },
            new() { Year = 2025, Grade = 8, Enrolled = 0, Dropouts = 0, TransfersOut = 0, Suppressed = true },
        ];

        // Act
        var plot = GradeRateChart.Create("IE PRUEBA", 2025, rows, plan: null, municipalRate: null);

        // Assert
        var labels = plot.GetPlottables().OfType<BarPlot>().SelectMany(b => b.Bars).Select(b => b.Label).ToList();
        Assert.Equal(["0,00 %", "25,00 %"], labels);
        Assert.Equal("Grado (reservados, sin barra: 8°)", plot.Axes.Bottom.Label.Text);
    }

    [Fact]
    public void RankingChart_SaysThereAreNoDataInsteadOfDrawingEmptyAxes_WhenTheYearHasNoRates()
    {
        // Arrange
        var view = MunicipalPlanView.Build([], new Dictionary<string, Core.Plans.PlanSubmissionStatus>());

        // Act
        var plot = MunicipalRankingChart.Create(2030, view);

        // Assert
        var notice = Assert.Single(plot.GetPlottables().OfType<Annotation>());
        Assert.Equal("Sin datos de deserción para 2030", notice.Text);
        Assert.False(plot.Axes.Bottom.IsVisible);
    }

    [Fact]
    public void MonthlyComparison_SaysTheEarlierYearIsMissing_WhenOnlyThisYearHasData()
    {
        // Arrange
        IndicatorRow[] thisYear = [new() { Year = 2025, Month = 3, Enrolled = 100, Dropouts = 2, TransfersOut = 0 }];

        // Act
        var plot = MonthlyComparisonChart.Create(2025, thisYear, [], [2, 3, 4]);

        // Assert
        Assert.Equal("Tasa de deserción acumulada por mes: 2025 (sin datos de 2024 para comparar)", plot.Axes.Title.Label.Text);
        Assert.Single(plot.GetPlottables().OfType<Scatter>());
    }

    [Fact]
    public void Save_PointsTheSvgAtTheSharedFontFiles_SoItsTextLooksTheSameOnAnyMachine()
    {
        // Arrange
        var plot = MonthlyComparisonChart.Create(2025, [new() { Year = 2025, Month = 3, Enrolled = 100, Dropouts = 2, TransfersOut = 0 }], [], [3]);

        // Act
        var (_, svg) = ChartFile.Save(plot, Path.Combine(folder, "institucion"), "meses", fontFolderHref: "../" + ChartFile.FontFolder);
        ChartFile.WriteFonts(folder);

        // Assert
        var text = File.ReadAllText(svg);
        Assert.Contains($"@font-face{{font-family:'{ChartFile.SvgFontFamily}';src:url('../fuentes/DejaVuSans.ttf') format('truetype')", text, StringComparison.Ordinal);
        Assert.Contains($"font-family=\"{ChartFile.SvgFontFamily}\"", text[text.IndexOf("</defs>", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var font = Path.Combine(folder, ChartFile.FontFolder, "DejaVuSans.ttf");
        Assert.True(File.Exists(font));
        Assert.Equal([0x00, 0x01, 0x00, 0x00], File.ReadAllBytes(font)[..4]);
    }
}
