using System.Data.Common;
using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Sql;

namespace PermanenciaAnalytics.Reports.Quality;

/// <summary>
/// The checks of one cut, each a read of that cut's rows (ix_enrollment_cut) rather than of the year's: duplicates,
/// students in two institutions, grade jumps against each student's previous enrolled cut, and the enrolled students
/// of every institution present, from which enrolment drops and missing institutions follow (<see cref="QualityFindings"/>).
/// </summary>
internal static class QualityCutChecks
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(QualityCutChecks).Assembly);

    public static QualityCut Compute(DbConnection connection, SqlDialect dialect, int year, DateOnly cut, QualityCutLoads loads)
    {
        var parameters = Parameters(dialect, year, cut);
        var institutions = connection.Query<(string Dane, long Students)>(
                Scripts.Read(dialect, "Quality", "CutInstitutions"), parameters, commandTimeout: 300)
            .Select(r => new QualityCutInstitution(r.Dane, r.Students))
            .ToList();
        return new QualityCut(
            cut,
            loads.LastLoad,
            loads.Loads,
            Count(connection, dialect, "CutDuplicates", parameters),
            Count(connection, dialect, "CutTwoInstitutions", parameters),
            GradeJumps(connection, dialect, year, cut),
            institutions);
    }

    /// <summary>Only the grade jumps: they change when an earlier cut of the year changes, the other checks do not.</summary>
    public static long GradeJumps(DbConnection connection, SqlDialect dialect, int year, DateOnly cut) =>
        Count(connection, dialect, "CutGradeJumps", Parameters(dialect, year, cut));

    private static object Parameters(SqlDialect dialect, int year, DateOnly cut) =>
        new { year, cut = DialectParameters.Date(dialect, cut) };

    private static long Count(DbConnection connection, SqlDialect dialect, string query, object parameters) =>
        connection.ExecuteScalar<long>(Scripts.Read(dialect, "Quality", query), parameters, commandTimeout: 300);
}
