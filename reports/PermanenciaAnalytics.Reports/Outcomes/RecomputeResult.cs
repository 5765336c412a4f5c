namespace PermanenciaAnalytics.Reports.Outcomes;

/// <summary>What one <c>recompute</c> produced: the cuts it read and the derived counts (all grades, universe or not).</summary>
public sealed record RecomputeResult(
    int Year,
    DateOnly? FinalCut,
    DateOnly? Until,
    int Cuts,
    long Students,
    long StudentsInUniverse,
    long Dropouts,
    long TransfersOut,
    TimeSpan Elapsed);
