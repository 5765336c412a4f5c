using System.Data.Common;
using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Risk;

namespace PermanenciaAnalytics.Reports.Quality;

/// <summary>
/// Data-quality checks of one year's SIMAT cuts: duplicate rows, students in two institutions at one cut, grade jumps
/// of more than one grade, enrolment drops of more than 10 % per institution, institutions missing from a cut.
/// <see cref="Run"/> answers from the checks kept per cut (<see cref="QualityCutStore"/>) and computes only the cuts
/// whose loaded files changed since, plus the grade jumps of the cuts after them (a student's jump compares with their
/// previous enrolled cut): a new monthly cut costs one cut's reads, not the year's.
/// </summary>
public static class QualityReport
{
    public const string Duplicates = "duplicate_rows";
    public const string TwoInstitutions = "two_institutions";
    public const string GradeJumps = "grade_jump";
    public const string EnrollmentDrops = "enrollment_drop";
    public const string MissingInstitutions = "institution_missing";

    public static IReadOnlyList<string> Checks { get; } = [Duplicates, TwoInstitutions, GradeJumps, EnrollmentDrops, MissingInstitutions];

    public static IReadOnlyList<QualityFinding> Run(DatabaseTarget target, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        var loads = QualityCutStore.Loads(connection, target.Dialect, year);
        var cuts = RiskStudentReader.Cuts(target, year);
        var kept = QualityCutStore.Read(connection, target.Dialect, year);

        var stale = cuts.Where(c => !IsCurrent(kept.GetValueOrDefault(c), loads)).ToHashSet();
        var removed = kept.Keys.Where(c => !cuts.Contains(c)).ToList();
        var firstChange = stale.Concat(removed).DefaultIfEmpty(DateOnly.MaxValue).Min();
        var jumpsOnly = cuts.Where(c => c > firstChange && !stale.Contains(c)).ToList();

        var computed = ComputeCuts(target, year, stale.Order().ToList(), loads);
        var rejumped = ComputeJumps(target, year, jumpsOnly, kept);
        // A cut with no loaded file in the ledger (rows written by other means) has no key to keep it under.
        QualityCutStore.Save(connection, target.Dialect, year,
            computed.Where(c => loads.ContainsKey(c.Cut)).Concat(rejumped).ToList(), removed);

        var fresh = computed.Concat(rejumped).ToDictionary(c => c.Cut);
        return QualityFindings.From(cuts.Select(c => fresh.GetValueOrDefault(c) ?? kept[c]).ToList());
    }

    /// <summary>The last loaded file the report depends on (0 when none): what a cached report is keyed by.</summary>
    public static long LastLoad(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        return connection.ExecuteScalar<long>(SqlScripts.Of(typeof(QualityReport).Assembly).Read(target.Dialect, "Quality", "LastLoad"));
    }

    /// <summary>Runs the checks over every cut of the year, ignoring and not touching what is kept.</summary>
    public static IReadOnlyList<QualityFinding> Compute(DatabaseTarget target, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        List<DateOnly> cuts;
        Dictionary<DateOnly, QualityCutLoads> loads;
        using (var connection = target.Open())
        {
            cuts = [.. RiskStudentReader.Cuts(target, year)];
            loads = QualityCutStore.Loads(connection, target.Dialect, year);
        }

        return QualityFindings.From(ComputeCuts(target, year, cuts, loads));
    }

    private static bool IsCurrent(QualityCut? kept, Dictionary<DateOnly, QualityCutLoads> loads) =>
        kept is not null && loads.TryGetValue(kept.Cut, out var now) && now == new QualityCutLoads(kept.LastLoad, kept.Loads);

    /// <summary>
    /// Cuts are independent reads, so a whole year (first run, or a year loaded at once) uses every core, one connection
    /// per cut in flight.
    /// </summary>
    private static List<QualityCut> ComputeCuts(DatabaseTarget target, int year, List<DateOnly> cuts, Dictionary<DateOnly, QualityCutLoads> loads) =>
        InParallel(cuts, (connection, cut) =>
            QualityCutChecks.Compute(connection, target.Dialect, year, cut, loads.GetValueOrDefault(cut)), target);

    private static List<QualityCut> ComputeJumps(DatabaseTarget target, int year, List<DateOnly> cuts, Dictionary<DateOnly, QualityCut> kept) =>
        InParallel(cuts, (connection, cut) =>
            kept[cut] with { GradeJumps = QualityCutChecks.GradeJumps(connection, target.Dialect, year, cut) }, target);

    private static List<QualityCut> InParallel(List<DateOnly> cuts, Func<DbConnection, DateOnly, QualityCut> compute, DatabaseTarget target)
    {
        var results = new QualityCut[cuts.Count];
        Parallel.For(0, cuts.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(4, Environment.ProcessorCount) }, i =>
        {
            using var connection = target.Open();
            results[i] = compute(connection, cuts[i]);
        });
        return [.. results];
    }
}
