using System.Data.Common;
using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Sql;

namespace PermanenciaAnalytics.Reports.Quality;

/// <summary>
/// The per-cut quality checks kept in the database (migration 0480), shared by the CLI, the dashboard and every other
/// process on the database. Enrolment rows of a cut only change with a load of that cut, so a kept cut whose loads are
/// still the ledger's is current; a cut computed while its load commits is kept under the earlier loads and computed
/// again on the next read, so a kept cut is never newer than its key says.
/// </summary>
internal static class QualityCutStore
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(QualityCutStore).Assembly);

    /// <summary>The loaded SIMAT files of each cut of the year.</summary>
    public static Dictionary<DateOnly, QualityCutLoads> Loads(DbConnection connection, SqlDialect dialect, int year) =>
        connection.Query<(object Cut, long LastLoad, long Loads)>(Scripts.Read(dialect, "Quality", "CutLoads"), new { year })
            .Where(r => DialectParameters.ReadDate(r.Cut) is not null)
            .ToDictionary(r => DialectParameters.ReadDate(r.Cut)!.Value, r => new QualityCutLoads(r.LastLoad, r.Loads));

    public static Dictionary<DateOnly, QualityCut> Read(DbConnection connection, SqlDialect dialect, int year)
    {
        var institutions = connection.Query<(object Cut, string Dane, long Students)>(
                Scripts.Read(dialect, "Quality", "KeptInstitutions"), new { year })
            .GroupBy(r => DialectParameters.ReadDate(r.Cut))
            .ToDictionary(g => g.Key ?? default, g => g.Select(r => new QualityCutInstitution(r.Dane, r.Students)).ToList());
        return connection.Query<(object Cut, long LastLoad, long Loads, long Duplicates, long TwoInstitutions, long GradeJumps)>(
                Scripts.Read(dialect, "Quality", "KeptCuts"), new { year })
            .Where(r => DialectParameters.ReadDate(r.Cut) is not null)
            .Select(r =>
            {
                var cut = DialectParameters.ReadDate(r.Cut)!.Value;
                return new QualityCut(cut, r.LastLoad, r.Loads, r.Duplicates, r.TwoInstitutions, r.GradeJumps,
                    institutions.GetValueOrDefault(cut) ?? []);
            })
            .ToDictionary(c => c.Cut);
    }

    /// <summary>Keeps the given cuts and forgets the removed ones; a database busy with a load only loses the keeping.</summary>
    public static void Save(DbConnection connection, SqlDialect dialect, int year, IReadOnlyCollection<QualityCut> cuts, IReadOnlyCollection<DateOnly> removed)
    {
        if (cuts.Count == 0 && removed.Count == 0)
        {
            return;
        }

        try
        {
            Write(connection, dialect, year, cuts, removed);
        }
        catch (DbException)
        {
            // SQLite's single writer may be a load right now: the next read computes these cuts again.
        }
    }

    private static void Write(DbConnection connection, SqlDialect dialect, int year, IReadOnlyCollection<QualityCut> cuts, IReadOnlyCollection<DateOnly> removed)
    {
        using var transaction = connection.BeginTransaction();
        var now = DialectParameters.Timestamp(dialect, DateTime.UtcNow);
        foreach (var cut in removed.Concat(cuts.Select(c => c.Cut)))
        {
            connection.Execute(Scripts.Read(dialect, "Quality", "KeptCutDelete"), new { year, cut = DialectParameters.Date(dialect, cut) }, transaction);
        }

        foreach (var cut in cuts)
        {
            var date = DialectParameters.Date(dialect, cut.Cut);
            connection.Execute(Scripts.Read(dialect, "Quality", "KeptCutInsert"), new
            {
                year,
                cut = date,
                lastLoad = cut.LastLoad,
                loads = cut.Loads,
                duplicates = cut.Duplicates,
                twoInstitutions = cut.TwoInstitutions,
                gradeJumps = cut.GradeJumps,
                now,
            }, transaction);
            connection.Execute(Scripts.Read(dialect, "Quality", "KeptInstitutionInsert"),
                cut.Institutions.Select(i => new { year, cut = date, institution = i.Dane, students = i.EnrolledStudents }), transaction);
        }

        transaction.Commit();
    }
}
