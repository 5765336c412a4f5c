using PermanenciaAnalytics.App.Web.Components.Support;
using PermanenciaAnalytics.App.Web.Data;

namespace PermanenciaAnalytics.App.Web.Exports;

/// <summary>The uploads page's recent loads as a download (file names, counts and the loader's message; no row data).</summary>
internal static class LoadTables
{
    public static ExportTable Recent(IReadOnlyList<LoadLedgerEntry> loads) => new(
        "cargas",
        "Últimas cargas registradas",
        [new("Carga", ExportKind.Count), new("Archivo"), new("Tipo"), new("Estado"), new("Leídas", ExportKind.Count), new("Cargadas", ExportKind.Count),
            new("Rechazadas", ExportKind.Count), new("Mensaje")],
        [.. loads.Select(l => (object?[])[l.LoadId, l.FileName, LoadLabels.Kind(l.Kind), LoadLabels.Status(l.Status), l.RowsRead, l.RowsLoaded, l.RowsRejected, l.Message])]);
}
