using System.Text;
using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>Indicators by sede of one institution (engine dimension <see cref="IndicatorDimension.Sede"/>).</summary>
internal static class InstitutionSedeSection
{
    public static void Append(StringBuilder html, IReadOnlyList<IndicatorRow> bySede, IReadOnlyDictionary<string, string> names, int year)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(bySede);
        ArgumentNullException.ThrowIfNull(names);
        html.Append("<section aria-labelledby=\"sedes\"><h2 id=\"sedes\">Indicadores por sede</h2>\n");
        if (bySede.Count == 0)
        {
            html.Append("<p>No hay matrícula por sede para este año.</p></section>\n");
            return;
        }

        html.Append("<div class=\"scroll\"><table>\n<caption>Indicadores por sede, ").Append(Html.Year(year))
            .Append("</caption>\n<thead><tr><th scope=\"col\">Sede</th>").Append(IndicatorCells.Headers()).Append("</tr></thead><tbody>\n");
        foreach (var row in bySede.OrderBy(r => r.SedeDane, StringComparer.Ordinal))
        {
            // The engine groups students whose extract row had no sede under an empty key.
            html.Append("<tr><th scope=\"row\">");
            if (string.IsNullOrEmpty(row.SedeDane))
            {
                html.Append("Sin sede registrada");
            }
            else
            {
                html.Append(names.TryGetValue(row.SedeDane, out var name) ? Html.E(name) + " <small>" + Html.E(row.SedeDane) + "</small>" : Html.E(row.SedeDane));
            }

            html.Append("</th>");
            IndicatorCells.Append(html, row).Append("</tr>\n");
        }

        html.Append("</tbody></table></div></section>\n");
    }
}
