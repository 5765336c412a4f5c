using System.Text;
using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// The count cells of one indicator row, shared by the tables of the institution page and the dashboard. A suppressed row (small cell)
/// arrives with its counts zeroed: it is shown as "reservado", never as 0, which would be a false figure.
/// </summary>
internal static class IndicatorCells
{
    public const string Reserved = "reservado";

    private const string ReservedCell = "<td class=\"num reservado\" title=\"Dato reservado: grupo con muy pocos estudiantes\">" + Reserved + "</td>";

    /// <summary>Matriculados, Desertores, Tasa and, when <paramref name="withTransfers"/>, Traslados.</summary>
    public static StringBuilder Append(StringBuilder html, IndicatorRow row, bool withTransfers = true)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(row);
        if (row.Suppressed)
        {
            return html.Append(ReservedCell).Append(ReservedCell).Append(ReservedCell).Append(withTransfers ? ReservedCell : "");
        }

        html.Append("<td class=\"num\">").Append(Html.Count(row.Enrolled)).Append("</td><td class=\"num\">").Append(Html.Count(row.Dropouts))
            .Append("</td><td class=\"num\">").Append(Html.Rate(row.DropoutRate)).Append("</td>");
        return withTransfers ? html.Append("<td class=\"num\">").Append(Html.Count(row.TransfersOut)).Append("</td>") : html;
    }

    /// <summary>The column headers matching <see cref="Append"/>.</summary>
    public static string Headers(bool withTransfers = true) =>
        "<th scope=\"col\" class=\"num\">Matriculados</th><th scope=\"col\" class=\"num\">Desertores</th><th scope=\"col\" class=\"num\">Tasa</th>"
        + (withTransfers ? "<th scope=\"col\" class=\"num\">Traslados</th>" : "");
}
