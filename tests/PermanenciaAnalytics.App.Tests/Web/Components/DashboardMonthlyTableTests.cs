using Bunit;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.App.Tests.Web.Components;

public sealed class DashboardMonthlyTableTests : BunitContext
{
    private static List<IndicatorRow> Series(int year, long enrolled, params long[] cumulative) =>
        cumulative.Select((d, i) => new IndicatorRow { Year = year, Month = i + 1, Enrolled = enrolled, Dropouts = d, TransfersOut = 0 }).ToList();

    [Fact]
    public void Render_WritesReservado_WhenAMonthRowIsSuppressed()
    {
        // Arrange: 2025 has 200 students (as of 30 September), its June row hidden by small-cell suppression; 2024 (as of 30 November) is whole.
        var rows2025 = Series(2025, 200, 0, 0, 2, 4, 6, 8, 10, 10, 12, 12, 12, 12);
        rows2025[5] = rows2025[5] with { Enrolled = 0, Dropouts = 0, Suppressed = true };
        var thisYear = new MunicipalMonthSeries(2025, rows2025, new DateOnly(2025, 9, 30));
        var lastYear = new MunicipalMonthSeries(2024, Series(2024, 190, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9), new DateOnly(2024, 11, 30));

        // Act
        var table = Render<DashboardMonthlyTable>(p => p.Add(c => c.ThisYear, thisYear).Add(c => c.LastYear, lastYear));

        // Assert: June 2025 reserved; May 2025 = 6/200 = 3,00 %; June 2024 = 4/190 = 2,105… → 2,11 %; October 2025 is after the last cut.
        Assert.Equal(["reservado", "reservado", "4", "2,11 %"], table.Cells("Junio"));
        Assert.Equal(["6", "3,00 %"], table.Cells("Mayo")[..2]);
        Assert.Equal(["sin datos", "sin datos", "8"], table.Cells("Octubre")[..3]);
        Assert.Contains("2025: 200 estudiantes matriculados, datos al corte 30/09/2025.", table.Find("section").TextContent, StringComparison.Ordinal);
    }
}
