namespace PermanenciaAnalytics.Reports.Simpade;

/// <summary>A year's reconciliation: the mode used and its rows (the other list is empty).</summary>
public sealed record Reconciliation(
    ReconciliationMode Mode,
    IReadOnlyList<ReconciliationRow> ByPerson,
    IReadOnlyList<ReconciliationCell> ByCell);
