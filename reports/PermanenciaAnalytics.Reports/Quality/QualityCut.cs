namespace PermanenciaAnalytics.Reports.Quality;

/// <summary>
/// The checks of one cut as kept in <c>quality_cut</c> (migration 0480), with the loads they were computed from:
/// <see cref="LastLoad"/> and <see cref="Loads"/> are the cut's loaded SIMAT files when it was computed, so a kept cut is
/// current while the ledger still says the same.
/// </summary>
internal sealed record QualityCut(
    DateOnly Cut,
    long LastLoad,
    long Loads,
    long Duplicates,
    long TwoInstitutions,
    long GradeJumps,
    IReadOnlyList<QualityCutInstitution> Institutions);

/// <summary>An institution with rows at a cut and its distinct enrolled students there (0 with only other rows).</summary>
internal sealed record QualityCutInstitution(string Dane, long EnrolledStudents);

/// <summary>The loaded SIMAT files of a cut: what its kept checks must have been computed from to be current.</summary>
internal readonly record struct QualityCutLoads(long LastLoad, long Loads);
