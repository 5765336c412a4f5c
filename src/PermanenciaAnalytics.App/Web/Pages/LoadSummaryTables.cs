using System.Globalization;
using System.Text;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.Etl.Validation;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>The sections of the per-load page: ledger summary, issues by reason, first rejected rows.</summary>
internal static class LoadSummaryTables
{
    public static void AppendSummary(StringBuilder html, LoadDetail load)
    {
        html.Append("<section aria-labelledby=\"resumen\"><h2 id=\"resumen\">Resumen</h2>\n<div class=\"scroll\"><table id=\"resumen-carga\">\n<tbody>\n");
        Row(html, "Archivo", Html.E(load.FileName));
        Row(html, "Tipo", Html.E(LoadLabels.Kind(load.Kind)));
        Row(html, "Fecha de corte", Html.Date(load.CutDate is { } cut ? DateOnly.FromDateTime(cut) : null));
        Row(html, "Año escolar", load.SchoolYear is { } year ? Html.Year((int)year) : "—");
        Row(html, "Estado", $"<span class=\"{LoadLabels.StatusClass(load.Status)}\">{Html.E(LoadLabels.Status(load.Status))}</span>");
        Row(html, "Filas leídas", Html.Count(load.RowsRead), numeric: true);
        Row(html, "Filas cargadas", Html.Count(load.RowsLoaded), numeric: true);
        Row(html, "Filas rechazadas", Html.Count(load.RowsRejected), numeric: true);
        Row(html, "Duplicados", Html.Count(load.Duplicates), numeric: true);
        Row(html, "Advertencias", Html.Count(load.Warnings), numeric: true);
        Row(html, "Inicio", Html.DateTime(load.StartedAt));
        Row(html, "Duración", Duration(load));
        Row(html, "Mensaje", Html.E(load.Message ?? "—"));
        html.Append("</tbody></table></div></section>\n");
        if (load.Status == "refused" && load.Kind == "plan" && !load.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            // The inbox loads a plan from its XLSX workbook; the CSV form of the template is several files, one upload cannot carry it.
            html.Append("<p class=\"notice\">Suba el plan de permanencia como libro XLSX de la plantilla (la versión CSV son varios archivos y se carga con <code>permanencia load plan</code>).</p>\n");
        }
    }

    public static void AppendIssueCounts(StringBuilder html, LoadDetail load, IReadOnlyList<LoadIssueCount> counts)
    {
        html.Append("<section aria-labelledby=\"motivos\"><h2 id=\"motivos\">Filas rechazadas por motivo</h2>\n");
        if (counts.Count == 0)
        {
            html.Append("<p>").Append(load.RowsRejected == 0 && load.Warnings == 0
                ? "Ninguna fila rechazada ni advertencia."
                : "El archivo se rechazó completo, así que no se guardó el detalle por fila: corrija el archivo según el mensaje y vuelva a subirlo.")
                .Append("</p></section>\n");
            return;
        }

        html.Append("<div class=\"scroll\"><table id=\"motivos-rechazo\">\n<caption>Filas con problemas por motivo</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Motivo</th><th scope=\"col\">Código</th><th scope=\"col\">Tipo</th><th scope=\"col\" class=\"num\">Filas</th></tr></thead><tbody>\n");
        foreach (var count in counts)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.E(RejectReasonLabels.Spanish(count.Reason))).Append("</th><td><code>").Append(Html.E(count.Reason))
                .Append("</code></td><td>").Append(Html.E(LoadLabels.Severity(count.Severity))).Append("</td><td class=\"num\">").Append(Html.Count(count.Total))
                .Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n");
        if (load.Status == "refused")
        {
            html.Append("<p>El archivo se rechazó completo: estos son los motivos; el detalle por fila no se guardó. Corrija el archivo y vuelva a subirlo.</p>\n");
        }

        html.Append("</section>\n");
    }

    public static void AppendRows(StringBuilder html, LoadDetail load, IReadOnlyList<RejectedRowLine> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var total = load.RowsRejected + load.Warnings;
        var id = load.LoadId.ToString(CultureInfo.InvariantCulture);
        html.Append("<section aria-labelledby=\"filas\"><h2 id=\"filas\">Filas rechazadas y advertencias</h2>\n<p>")
            .Append(rows.Count < total ? $"Primeras {Html.Count(rows.Count)} de {Html.Count(total)}. " : "")
            .Append("<a href=\"/cargas/").Append(id).Append("/rechazos.csv\" download>Descargar todas (CSV)</a></p>\n")
            .Append("<div class=\"scroll\"><table id=\"filas-rechazadas\">\n<caption>Fila del archivo, columna y valor con el problema</caption>\n")
            .Append("<thead><tr><th scope=\"col\" class=\"num\">Fila</th><th scope=\"col\">Columna</th><th scope=\"col\">Valor</th><th scope=\"col\">Motivo</th><th scope=\"col\">Tipo</th></tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr><td class=\"num\">").Append(Html.Count(row.RowNumber)).Append("</td><td>").Append(Html.E(row.ColumnName ?? "—"))
                .Append("</td><td>").Append(Html.E(row.Value ?? "")).Append("</td><td>").Append(Html.E(RejectReasonLabels.Spanish(row.Reason)))
                .Append("</td><td>").Append(Html.E(LoadLabels.Severity(row.Severity))).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    private static void Row(StringBuilder html, string label, string valueHtml, bool numeric = false) =>
        html.Append("<tr><th scope=\"row\">").Append(Html.E(label)).Append(numeric ? "</th><td class=\"num\">" : "</th><td>").Append(valueHtml).Append("</td></tr>\n");

    private static string Duration(LoadDetail load)
    {
        var seconds = load.Seconds ?? (load.FinishedAt is { } end ? (end - load.StartedAt).TotalSeconds : null);
        return seconds switch
        {
            null or <= 0 => "—",
            < 0.1 => "menos de 0,1 s",
            { } s => s.ToString("N1", Html.Colombia) + " s",
        };
    }
}
