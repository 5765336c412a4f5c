namespace PermanenciaAnalytics.Reports.Outcomes;

/// <summary>
/// What one <c>recompute</c> produced: the cuts it read and the derived counts (all grades, universe or not), and the
/// retirement-motive table version it applied (rule 5b) with the students that version moved out of the dropouts.
/// </summary>
public sealed record RecomputeResult(
    int Year,
    DateOnly? FinalCut,
    DateOnly? Until,
    int Cuts,
    long Students,
    long StudentsInUniverse,
    long Dropouts,
    long TransfersOut,
    TimeSpan Elapsed)
{
    /// <summary>The retirement-motive table version the recompute applied.</summary>
    public int MotiveVersion { get; init; }

    /// <summary>Students not enrolled at the final cut whose RETIRADO motive is a <c>traslado</c> (counted in transfers out).</summary>
    public long MotiveTransfers { get; init; }

    /// <summary>Students whose RETIRADO motive is a <c>fallecimiento</c> (in neither numerator nor denominator).</summary>
    public long Deaths { get; init; }
}
