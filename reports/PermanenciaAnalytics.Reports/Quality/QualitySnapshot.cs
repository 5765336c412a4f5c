using System.Data.Common;
using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Sql;

namespace PermanenciaAnalytics.Reports.Quality;

/// <summary>
/// The quality report of a year kept in the database (migration 0380) with the last load it saw. Enrolment rows only
/// change with a load, so while <c>MAX(load_id)</c> of loaded files is unchanged the kept report is the answer, for the
/// CLI, the dashboard and every other process on the database alike. A report computed while a load commits is kept
/// under the earlier load, so the next read computes it again: a kept report is never newer than its key says.
/// </summary>
internal static class QualitySnapshot
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(QualitySnapshot).Assembly);

    public static long LastLoad(DbConnection connection, SqlDialect dialect) =>
        connection.ExecuteScalar<long>(Scripts.Read(dialect, "Quality", "LastLoad"));

    public static IReadOnlyList<QualityFinding>? TryRead(DbConnection connection, SqlDialect dialect, int year, long lastLoad)
    {
        var keptAt = connection.ExecuteScalar<long?>(Scripts.Read(dialect, "Quality", "SnapshotLoad"), new { year });
        if (keptAt != lastLoad)
        {
            return null;
        }

        return connection.Query<(string Check, object? Cut, string? Institution, long Students, long? Previous)>(
                Scripts.Read(dialect, "Quality", "SnapshotFindings"), new { year })
            .Select(r => new QualityFinding(r.Check, DialectParameters.ReadDate(r.Cut), r.Institution, r.Students, r.Previous))
            .ToList();
    }

    /// <summary>Keeps the report; a database busy with a load only loses the keeping, never the answer.</summary>
    public static void Save(DbConnection connection, SqlDialect dialect, int year, long lastLoad, IReadOnlyList<QualityFinding> findings)
    {
        try
        {
            Write(connection, dialect, year, lastLoad, findings);
        }
        catch (DbException)
        {
            // SQLite's single writer may be a load right now: the next read computes the report again.
        }
    }

    private static void Write(DbConnection connection, SqlDialect dialect, int year, long lastLoad, IReadOnlyList<QualityFinding> findings)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute(Scripts.Read(dialect, "Quality", "SnapshotDelete"), new { year }, transaction);
        connection.Execute(Scripts.Read(dialect, "Quality", "SnapshotInsert"),
            new { year, lastLoad, now = DialectParameters.Timestamp(dialect, DateTime.UtcNow) }, transaction);
        connection.Execute(Scripts.Read(dialect, "Quality", "SnapshotFindingInsert"), findings.Select((f, position) => new
        {
            year,
            position,
            check = f.Check,
            cut = DialectParameters.Date(dialect, f.Cut),
            institution = f.InstitutionDane,
            students = f.Students,
            previous = f.Previous,
        }), transaction);
        transaction.Commit();
    }
}
