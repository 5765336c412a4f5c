namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>Counts of one file's load; <see cref="RefusalMessage"/> is set when it was rolled back as refused.</summary>
internal sealed record FileLoadOutcome(
    DateOnly? Cut,
    long RowsRead,
    long RowsLoaded,
    long RowsRejected,
    IReadOnlyDictionary<string, long> RejectedByReason,
    long Duplicates,
    long Warnings,
    string Message,
    string? RejectsPath,
    string? RefusalMessage)
{
    public static readonly FileLoadOutcome Empty = new(null, 0, 0, 0, new Dictionary<string, long>(), 0, 0, "", null, null);
}
