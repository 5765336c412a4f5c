namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>The values of one <c>load_ledger</c> row (kind and status as their machine names).</summary>
internal sealed record LedgerEntry(
    string FileName,
    string Sha256,
    string Kind,
    DateOnly? CutDate,
    int? SchoolYear,
    string Status,
    long RowsRead,
    long RowsLoaded,
    long RowsRejected,
    long Duplicates,
    long Warnings,
    DateTime StartedAt,
    DateTime? FinishedAt,
    double? Seconds,
    string? Message);
