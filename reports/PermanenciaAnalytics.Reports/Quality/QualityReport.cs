using System.Data.Common;
using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Sql;

namespace PermanenciaAnalytics.Reports.Quality;

/// <summary>
/// Data-quality checks of one year's SIMAT cuts: duplicate rows, students in two institutions at one cut, grade jumps
/// of more than one grade, enrolment drops of more than 10 % per institution, institutions missing from a cut.
/// <see cref="Run"/> answers from the report kept in the database (<see cref="QualitySnapshot"/>) while no file has been
/// loaded since it was computed, and computes and keeps it otherwise.
/// </summary>
public static class QualityReport
{
    public const string Duplicates = "duplicate_rows";
    public const string TwoInstitutions = "two_institutions";
    public const string GradeJumps = "grade_jump";
    public const string EnrollmentDrops = "enrollment_drop";
    public const string MissingInstitutions = "institution_missing";

    private static readonly (string Check, string Query)[] Queries =
    [
        (Duplicates, "DuplicateStudents"),
        (TwoInstitutions, "TwoInstitutions"),
        (GradeJumps, "GradeJumps"),
        (EnrollmentDrops, "EnrollmentDrops"),
        (MissingInstitutions, "MissingInstitutions"),
    ];

    public static IReadOnlyList<string> Checks { get; } = Queries.Select(q => q.Check).ToList();

    public static IReadOnlyList<QualityFinding> Run(DatabaseTarget target, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        var lastLoad = QualitySnapshot.LastLoad(connection, target.Dialect);
        if (QualitySnapshot.TryRead(connection, target.Dialect, year, lastLoad) is { } kept)
        {
            return kept;
        }

        var findings = Compute(connection, target.Dialect, year);
        QualitySnapshot.Save(connection, target.Dialect, year, lastLoad, findings);
        return findings;
    }

    /// <summary>The last loaded file the report depends on (0 when none): what a kept or cached report is keyed by.</summary>
    public static long LastLoad(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        return QualitySnapshot.LastLoad(connection, target.Dialect);
    }

    /// <summary>Runs the five checks over the year's enrolment rows, ignoring any kept report.</summary>
    public static IReadOnlyList<QualityFinding> Compute(DatabaseTarget target, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        return Compute(connection, target.Dialect, year);
    }

    private static List<QualityFinding> Compute(DbConnection connection, SqlDialect dialect, int year)
    {
        var findings = new List<QualityFinding>();
        foreach (var (check, query) in Queries)
        {
            findings.AddRange(connection.Query<(object Cut, string? Institution, long Students, long? Previous)>(
                    SqlScripts.Of(typeof(QualityReport).Assembly).Read(dialect, "Quality", query), new { year }, commandTimeout: 300)
                .Select(r => new QualityFinding(check, DialectParameters.ReadDate(r.Cut), r.Institution, r.Students, r.Previous)));
        }

        return findings;
    }
}
