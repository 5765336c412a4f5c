using PermanenciaAnalytics.Etl.Reading;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// What happened to one file. <see cref="RowsRejected"/> includes duplicates; <see cref="Warnings"/> are rows loaded
/// with a reported problem (e.g. unknown ESTADO). <see cref="Message"/> is one sentence naming the file and, for a
/// refusal, the cause. <see cref="RejectsPath"/> is the rejects CSV, when any row was rejected or warned about.
/// </summary>
public sealed record LoadSummary(
    string File,
    ExtractKind Kind,
    DateOnly? Cut,
    string Sha256,
    LoadStatus Status,
    long RowsRead,
    long RowsLoaded,
    long RowsRejected,
    IReadOnlyDictionary<string, long> RejectedByReason,
    long Duplicates,
    long Warnings,
    double Seconds,
    string Message,
    string? RejectsPath);
