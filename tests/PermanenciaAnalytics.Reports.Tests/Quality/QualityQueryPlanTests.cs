using System.Text.RegularExpressions;
using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Quality;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Quality;

/// <summary>
/// The plans of the per-cut quality checks (migration 0480): each reads one cut's rows through ix_enrollment_cut, never
/// the year's, and the grade jumps look each student's previous cut up with seeks on the covering enrolled index.
/// Plans, not the clock: they depend on the schema, not on the rows.
/// </summary>
public sealed class QualityQueryPlanTests
{
    [Theory]
    [InlineData("CutDuplicates")]
    [InlineData("CutTwoInstitutions")]
    [InlineData("CutInstitutions")]
    [InlineData("CutGradeJumps")]
    public void CutCheck_ReadsOnlyTheCutsRows_WhenPlanned(string query)
    {
        // Arrange
        var plan = Plan(query);

        // Assert: the cut's rows come from a seek on the cut, and nothing scans the table or an index of the year.
        Assert.Contains(plan, d => d.Contains("USING INDEX ix_enrollment_cut (cut_date=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, d => Regex.IsMatch(d, @"^SCAN (enrollment|p|g)\b"));
        Assert.DoesNotContain(plan, d => d.Contains("(school_year=?)", StringComparison.Ordinal) || d.Contains("(school_year=? AND is_enrolled=?)", StringComparison.Ordinal));
    }

    [Fact]
    public void CutGradeJumps_SeeksEachStudentsPreviousCut_WhenPlanned()
    {
        // Arrange
        var plan = Plan("CutGradeJumps");

        // Assert: both lookups per student are seeks on the covering index, by student and cut.
        Assert.Contains(plan, d => d.Contains("COVERING INDEX ix_enrollment_year_enrolled (school_year=? AND is_enrolled=? AND student_key=? AND cut_date<?)", StringComparison.Ordinal));
        Assert.Contains(plan, d => d.Contains("COVERING INDEX ix_enrollment_year_enrolled (school_year=? AND is_enrolled=? AND student_key=? AND cut_date=?)", StringComparison.Ordinal));
    }

    private static List<string> Plan(string query)
    {
        using var database = new TempSqliteDatabase();
        using var connection = database.Target.Open();
        return connection.Query<(long Id, long Parent, long NotUsed, string Detail)>(
                "EXPLAIN QUERY PLAN " + SqlScripts.Of(typeof(QualityReport).Assembly).Read(SqlDialect.Sqlite, "Quality", query), new { year = 2025, cut = "2025-11-30" })
            .Select(r => r.Detail).ToList();
    }
}
