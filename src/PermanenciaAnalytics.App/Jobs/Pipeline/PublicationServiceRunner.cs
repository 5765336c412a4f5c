using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Jobs.Pipeline;

/// <summary>
/// The monthly job's publisher: the same <see cref="PublicationService"/> the <c>publish</c> command calls, so the job
/// publishes exactly what <c>permanencia publish --year Y --month M --out DIR</c> does, without re-entering the CLI.
/// </summary>
public sealed class PublicationServiceRunner(DatabaseTarget database) : IPublicationRunner
{
    public PublicationResult Publish(int year, int month, string outputFolder, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var outcome = PublicationService.Publish(database, new PublicationRequest(year, month, outputFolder));
        return new PublicationResult(outcome.Published, outputFolder, outcome.Message);
    }
}
