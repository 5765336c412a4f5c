using Bunit;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.Reports.Quality;

namespace PermanenciaAnalytics.App.Tests.Web.Components;

public sealed class DashboardQualityTests : BunitContext
{
    [Fact]
    public void Render_CountsFindingsAndStudentsPerCheck_InSpanish_WhenChecksRepeat()
    {
        // Arrange: two duplicate-row findings (3 and 4 students) and one grade jump (7 students).
        QualityFinding[] findings =
        [
            new(QualityReport.Duplicates, new DateOnly(2025, 3, 31), "154001000001", 3, null),
            new(QualityReport.GradeJumps, new DateOnly(2025, 6, 30), "154001000002", 7, null),
            new(QualityReport.Duplicates, new DateOnly(2025, 6, 30), "154001000002", 4, null),
        ];

        // Act
        var section = Render<DashboardQuality>(p => p.Add(c => c.Year, 2025).Add(c => c.Findings, findings));

        // Assert: one row per check, findings counted and students summed (3 + 4 = 7).
        Assert.Equal(["2", "7"], section.Cells("Estudiantes con filas duplicadas en un corte"));
        Assert.Equal(["1", "7"], section.Cells("Saltos de más de un grado"));
        Assert.Equal(2, section.FindAll("tbody tr").Count);
    }

    [Fact]
    public void Render_SaysSinAlertas_AndDrawsNoTable_WhenThereAreNoFindings()
    {
        // Act
        var section = Render<DashboardQuality>(p => p.Add(c => c.Year, 2025).Add(c => c.Findings, []));

        // Assert
        Assert.Equal("Sin alertas de calidad para 2025.", section.Find("p").TextContent);
        Assert.Empty(section.FindAll("table"));
    }
}
