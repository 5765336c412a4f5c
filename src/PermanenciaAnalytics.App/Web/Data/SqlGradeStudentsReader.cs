using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary><see cref="IGradeStudentsReader"/> over schema v1 (GradeStudents.sql, one file per dialect).</summary>
public sealed class SqlGradeStudentsReader(DatabaseTarget target) : IGradeStudentsReader
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(SqlGradeStudentsReader).Assembly);

    public IReadOnlyList<GradeStudent> List(int year, string institutionDane, int grade)
    {
        using var connection = target.Open();
        return connection.Query<Row>(Scripts.Read(target.Dialect, "Web", "GradeStudents"), new { year, dane = institutionDane, grade })
            .Select(r => new GradeStudent(r.StudentKey, r.GroupCode, DateOnly.FromDateTime(r.LastEnrolledCut), r.IsDropout != 0, r.DocType, r.DocNumber,
                StudentNames.Tidy(r.FullName)))
            .ToList();
    }


    private sealed class Row
    {
        public string StudentKey { get; init; } = "";

        public string? GroupCode { get; init; }

        public DateTime LastEnrolledCut { get; init; }

        public long IsDropout { get; init; }

        public string? DocType { get; init; }

        public string? DocNumber { get; init; }

        public string? FullName { get; init; }
    }
}
