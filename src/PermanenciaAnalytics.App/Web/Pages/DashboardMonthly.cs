using System.Text;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Charts;
using PermanenciaAnalytics.Reports.Matching;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// The dashboard's month view: municipal cumulative dropouts and rate at the end of each school month, this year against
/// last year, as a table (the accessible form of the chart <c>/tablero/grafico-mensual.png</c> above it).
/// </summary>
internal static class DashboardMonthly
{
    public static IReadOnlyList<int> Months(MunicipalMonthSeries thisYear, MunicipalMonthSeries lastYear) =>
        MonthlyComparisonChart.MonthsToShow(MatchingOptions.Default.FirstSchoolMonth, MatchingOptions.Default.LastSchoolMonth, thisYear.Known, lastYear.Known);

    public static void Append(StringBuilder html, MunicipalMonthSeries thisYear, MunicipalMonthSeries lastYear)
    {
        var year = thisYear.Year;
        var previous = lastYear.Year;
        html.Append("<section aria-labelledby=\"meses\"><h2 id=\"meses\">Deserción acumulada por mes: ").Append(Html.Year(year))
            .Append(" frente a ").Append(Html.Year(previous)).Append("</h2>\n<p>").Append(Denominator(thisYear)).Append(' ').Append(Denominator(lastYear))
            .Append(" Los meses posteriores al último corte no tienen datos.</p>\n");
        html.Append("<figure><img id=\"grafico-mensual\" src=\"/tablero/grafico-mensual.png?anio=").Append(Html.Year(year))
            .Append("\" width=\"800\" height=\"462\" alt=\"Gráfico de líneas: tasa de deserción municipal acumulada por mes, ").Append(Html.Year(year))
            .Append(" frente a ").Append(Html.Year(previous)).Append(". Los valores están en la tabla siguiente.\"><figcaption>Tasa de deserción acumulada por mes</figcaption></figure>\n");
        html.Append("<div class=\"scroll\"><table id=\"tabla-meses\">\n<caption>Desertores acumulados y tasa de deserción municipal al final de cada mes, ")
            .Append(Html.Year(year)).Append(" y ").Append(Html.Year(previous)).Append("</caption>\n<thead><tr><th scope=\"col\">Mes</th>")
            .Append("<th scope=\"col\" class=\"num\">Desertores ").Append(Html.Year(year)).Append("</th><th scope=\"col\" class=\"num\">Tasa ").Append(Html.Year(year)).Append("</th>")
            .Append("<th scope=\"col\" class=\"num\">Desertores ").Append(Html.Year(previous)).Append("</th><th scope=\"col\" class=\"num\">Tasa ").Append(Html.Year(previous)).Append("</th>")
            .Append("</tr></thead><tbody>\n");
        foreach (var month in Months(thisYear, lastYear))
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.E(Capitalised(SpanishMonths.Name(month)))).Append("</th>")
                .Append(Cells(thisYear.At(month))).Append(Cells(lastYear.At(month))).Append("</tr>\n");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    private static string Denominator(MunicipalMonthSeries series) => series.Enrolled is { } enrolled
        ? $"{Html.Year(series.Year)}: {Html.Count(enrolled)} estudiantes matriculados, datos al corte {Html.Date(series.AsOf)}."
        : $"{Html.Year(series.Year)}: sin datos calculados.";

    private static string Cells(IndicatorRow? row) => row switch
    {
        null => "<td class=\"num\">sin datos</td><td class=\"num\">sin datos</td>",
        { Suppressed: true } => $"<td class=\"num\">{IndicatorCells.Reserved}</td><td class=\"num\">{IndicatorCells.Reserved}</td>",
        _ => $"<td class=\"num\">{Html.Count(row.Dropouts)}</td><td class=\"num\">{Html.Rate(row.DropoutRate)}</td>",
    };

    private static string Capitalised(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
