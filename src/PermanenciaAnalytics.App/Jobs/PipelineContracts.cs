namespace PermanenciaAnalytics.App.Jobs;

/// <summary>Outcome of offering one extract to the loader, as much as the jobs need (no personal data).</summary>
public enum ImportStatus
{
    Loaded,
    SkippedDuplicate,
    Refused,
}

/// <summary>What the import job learned from loading one file.</summary>
public sealed record ImportResult(ImportStatus Status, string Kind, DateOnly? Cut, long RowsRead, long RowsLoaded, long RowsRejected, string Message)
{
    /// <summary>School year the file belongs to (its cut's year), when known.</summary>
    public int? Year => Cut?.Year;
}

/// <summary>Loads one extract file whose kind is detected from its header (the ETL's <c>ExtractLoader</c> behind it).</summary>
public interface IExtractImporter
{
    ImportResult Import(string path, CancellationToken cancellationToken);
}

/// <summary>
/// The ETL's bulk-load window (<c>BulkLoadWindow</c>): while a run of large files waits in the inbox their indexes are
/// rebuilt once at the end instead of updated by every file.
/// </summary>
public interface IBulkLoadWindow
{
    /// <summary>Opens the window when the waiting files are worth it; true when one is open afterwards.</summary>
    bool OpenIfWorthIt(int pendingFiles, long pendingBytes);

    /// <summary>Rebuilds the deferred indexes, if any; returns how many.</summary>
    int Close();
}

/// <summary>Derives the student-year outcomes of a year (the indicators' <c>OutcomeRecomputer</c> behind it).</summary>
public interface IOutcomeRecomputer
{
    void Recompute(int year);
}

/// <summary>Publishes charts and reports of a year and month into a folder.</summary>
public interface IPublicationRunner
{
    PublicationResult Publish(int year, int month, string outputFolder, CancellationToken cancellationToken);
}

public sealed record PublicationResult(bool Succeeded, string OutputFolder, string Message);
