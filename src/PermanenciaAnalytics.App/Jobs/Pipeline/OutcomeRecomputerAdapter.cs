using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Outcomes;

namespace PermanenciaAnalytics.App.Jobs.Pipeline;

/// <summary>The recompute job's engine: the indicators' set-wise <see cref="OutcomeRecomputer"/>.</summary>
public sealed class OutcomeRecomputerAdapter(DatabaseTarget database) : IOutcomeRecomputer
{
    public void Recompute(int year) => OutcomeRecomputer.Recompute(database, year);
}
