using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.App.Tests.Web;

public class DashboardMonthlyTests
{
    private static List<IndicatorRow> Series(int year, long enrolled, params long[] cumulative) =>
        cumulative.Select((d, i) => new IndicatorRow { Year = year, Month = i + 1, Enrolled = enrolled, Dropouts = d, TransfersOut = 0 }).ToList();

    [Fact]
    public async Task Render_WritesReservado_WhenAMonthRowIsSuppressed()
    {
        // Arrange: 2025 has 200 students (as of 30 September), its June row hidden by small-cell suppression; 2024 (as of 30 November) is whole.
        var rows2025 = Series(2025, 200, 0, 0, 2, 4, 6, 8, 10, 10, 12, 12, 12, 12);
        rows2025[5] = rows2025[5] with { Enrolled = 0, Dropouts = 0, Suppressed = true };
        var thisYear = new MunicipalMonthSeries(2025, rows2025, new DateOnly(2025, 9, 30));
        var lastYear = new MunicipalMonthSeries(2024, Series(2024, 190, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9), new DateOnly(2024, 11, 30));

        // Act
        var text = await ComponentHtml.RenderAsync<DashboardMonthlyTable>(new Dictionary<string, object?> { ["ThisYear"] = thisYear, ["LastYear"] = lastYear });

        // Assert: June 2025 reserved; May 2025 = 6/200 = 3,00 %; June 2024 = 4/190 = 2,105… → 2,11 %; October 2025 is after the last cut.
        Assert.Contains("<th scope=\"row\">Junio</th><td class=\"num\">reservado</td><td class=\"num\">reservado</td><td class=\"num\">4</td><td class=\"num\">2,11 %</td></tr>", text, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Mayo</th><td class=\"num\">6</td><td class=\"num\">3,00 %</td>", text, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Octubre</th><td class=\"num\">sin datos</td><td class=\"num\">sin datos</td><td class=\"num\">8</td>", text, StringComparison.Ordinal);
        Assert.Contains("2025: 200 estudiantes matriculados, datos al corte 30/09/2025.", text, StringComparison.Ordinal);
    }
}
