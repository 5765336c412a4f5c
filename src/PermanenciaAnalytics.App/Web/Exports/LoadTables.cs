using PermanenciaAnalytics.App.Web.Components.Support;
using PermanenciaAnalytics.App.Web.Data;

namespace PermanenciaAnalytics.App.Web.Exports;

/// <summary>The uploads and load-summary tables as downloads: file names, counts and the loader's messages, no row data.</summary>
internal static class LoadTables
{
    public static ExportTable Recent(IReadOnlyList<LoadLedgerEntry> loads) => new(
        "cargas",
        "Últimas cargas registradas",
        [new("Carga", ExportKind.Count), new("Archivo"), new("Tipo"), new("Estado"), new("Leídas", ExportKind.Count), new("Cargadas", ExportKind.Count),
            new("Rechazadas", ExportKind.Count), new("Mensaje")],
        [.. loads.Select(l => (object?[])[l.LoadId, l.FileName, LoadLabels.Kind(l.Kind), LoadLabels.Status(l.Status), l.RowsRead, l.RowsLoaded, l.RowsRejected, l.Message])]);

    public static ExportTable Inbox(IReadOnlyList<InboxFile> files) => new(
        "bandeja",
        "Archivos recibidos en la bandeja",
        [new("Archivo"), new("Estado"), new("Tamaño (KB)", ExportKind.Count), new("Fecha (hora de Bogotá)"), new("Motivo")],
        [.. files.Select(f => (object?[])[f.Name, f.State, f.Kilobytes, Html.DateTime(f.LastWriteUtc), f.Reason])]);

    public static ExportTable Issues(long loadId, IReadOnlyList<LoadIssueCount> counts) => new(
        "motivos-carga-" + loadId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "Filas con problemas por motivo",
        [new("Motivo"), new("Código"), new("Tipo"), new("Filas", ExportKind.Count)],
        [.. counts.Select(c => (object?[])[Etl.Validation.RejectReasonLabels.Spanish(c.Reason), c.Reason, LoadLabels.Severity(c.Severity), c.Total])]);
}
