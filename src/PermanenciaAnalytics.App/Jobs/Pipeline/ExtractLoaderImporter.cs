using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;

namespace PermanenciaAnalytics.App.Jobs.Pipeline;

/// <summary>
/// The inbox importer backed by the ETL's <see cref="ExtractLoader"/> (kind detected from the header); plan workbooks
/// (<c>.xlsx</c>) go to the plan loader instead (<see cref="PlanWorkbookImporter"/>), with the app's clock as the
/// plan's receipt time (it decides on time / late).
/// </summary>
public sealed class ExtractLoaderImporter(DatabaseTarget database, ImportSettings settings, TimeProvider clock) : IExtractImporter
{
    public ExtractLoaderImporter(DatabaseTarget database, ImportSettings settings)
        : this(database, settings, TimeProvider.System)
    {
    }

    public ImportResult Import(string path, CancellationToken cancellationToken)
    {
        if (PlanWorkbookImporter.Handles(path))
        {
            return PlanWorkbookImporter.Import(database, path, clock.GetUtcNow().UtcDateTime);
        }

        var detected = ExtractKindDetector.Detect(path);
        var loader = new ExtractLoader(database, new LoadOptions
        {
            MaxRejectPercent = settings.MaxRejectPercent,
            RejectsFolder = settings.RejectsFolder,
        });
        // An unrecognisable file still goes through the loader (as Auto) so its refusal is in the ledger with the reason.
        var summary = loader.Load(path, detected == ExtractKind.Unknown ? ExtractKind.Auto : detected, progress: null, cancellationToken);
        var status = summary.Status switch
        {
            LoadStatus.Loaded => ImportStatus.Loaded,
            LoadStatus.SkippedDuplicate => ImportStatus.SkippedDuplicate,
            _ => ImportStatus.Refused,
        };
        return new ImportResult(status, summary.Kind.ToString().ToLowerInvariant(), summary.Cut,
            summary.RowsRead, summary.RowsLoaded, summary.RowsRejected, summary.Message);
    }
}
