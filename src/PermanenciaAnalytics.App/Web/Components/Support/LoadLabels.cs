namespace PermanenciaAnalytics.App.Web.Components.Support;

/// <summary>Spanish labels of the ledger's machine names (kind, status, issue severity) for the uploads pages.</summary>
internal static class LoadLabels
{
    public static string Kind(string kind) => kind switch
    {
        "simat" => "SIMAT",
        "simpade" => "SIMPADE",
        "plan" => "Plan de permanencia",
        _ => "No reconocido",
    };

    public static string Status(string status) => status switch
    {
        "loaded" => "Cargado",
        "skipped_duplicate" => "Ya cargado antes (sin cambios)",
        "refused" => "Rechazado",
        "loading" => "En importación",
        "replaced" => "Reemplazado por otra exportación del mismo corte",
        _ => status,
    };

    /// <summary>CSS class of a status cell, so loaded and refused read apart at a glance.</summary>
    public static string StatusClass(string status) => status switch
    {
        "loaded" => "ok",
        "refused" => "error",
        _ => "",
    };

    public static string Severity(string severity) => severity == "warning" ? "Advertencia (fila cargada)" : "Rechazada";
}
