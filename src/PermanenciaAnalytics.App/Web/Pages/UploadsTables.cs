using System.Globalization;
using System.Text;
using PermanenciaAnalytics.App.Web.Data;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>The two tables of <c>/cargas</c>: inbox files (linked to the load each became) and the latest loads.</summary>
internal static class UploadsTables
{
    public static void AppendInbox(StringBuilder html, IReadOnlyList<InboxFile> files, IReadOnlyDictionary<string, long> loadOfFile)
    {
        html.Append("<section aria-labelledby=\"bandeja\"><h2 id=\"bandeja\">Bandeja de entrada</h2>\n<div class=\"scroll\"><table id=\"archivos\">\n<caption>Archivos recibidos</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Archivo</th><th scope=\"col\">Estado</th><th scope=\"col\" class=\"num\">Tamaño (KB)</th><th scope=\"col\">Fecha</th><th scope=\"col\">Motivo</th></tr></thead><tbody>\n");
        foreach (var file in files)
        {
            // The loader records the file name only, which is the inbox name; pending files have no load yet.
            var name = file.State != "pendiente" && loadOfFile.TryGetValue(file.Name, out var loadId) ? LoadLink(loadId, file.Name) : Html.E(file.Name);
            html.Append("<tr><td>").Append(name).Append("</td><td>").Append(Html.E(file.State)).Append("</td><td class=\"num\">")
                .Append(Html.Count((file.Bytes + 1023) / 1024)).Append("</td><td>").Append(Html.DateTime(file.LastWriteUtc)).Append("</td><td>")
                .Append(Html.E(file.Reason)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    public static void AppendLedger(StringBuilder html, IReadOnlyList<LoadSummary> loads)
    {
        html.Append("<section aria-labelledby=\"cargas\"><h2 id=\"cargas\">Resumen de cargas</h2>\n<div class=\"scroll\"><table id=\"resumen-cargas\">\n<caption>Últimas cargas registradas</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Archivo</th><th scope=\"col\">Tipo</th><th scope=\"col\">Estado</th><th scope=\"col\" class=\"num\">Leídas</th><th scope=\"col\" class=\"num\">Cargadas</th><th scope=\"col\" class=\"num\">Rechazadas</th><th scope=\"col\">Mensaje</th></tr></thead><tbody>\n");
        foreach (var load in loads)
        {
            html.Append("<tr><td>").Append(LoadLink(load.LoadId, load.FileName)).Append("</td><td>").Append(Html.E(LoadLabels.Kind(load.Kind)))
                .Append("</td><td class=\"").Append(LoadLabels.StatusClass(load.Status)).Append("\">").Append(Html.E(LoadLabels.Status(load.Status)))
                .Append("</td><td class=\"num\">").Append(Html.Count(load.RowsRead)).Append("</td><td class=\"num\">").Append(Html.Count(load.RowsLoaded))
                .Append("</td><td class=\"num\">").Append(Html.Count(load.RowsRejected)).Append("</td><td>").Append(Html.E(load.Message)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    public static string LoadLink(long loadId, string text) =>
        "<a href=\"/cargas/" + loadId.ToString(CultureInfo.InvariantCulture) + "\">" + Html.E(text) + "</a>";
}
