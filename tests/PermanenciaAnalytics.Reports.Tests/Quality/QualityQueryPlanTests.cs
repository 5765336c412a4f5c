using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Quality;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Quality;

/// <summary>
/// The plans of the quality checks that made <c>quality</c> take ~11 s on the demo year: grade_jump looked up every
/// enrolled row in the table and sorted the year's rows for its window; institution_missing walked the year's index
/// range for every absent (cut, institution) pair. Plans, not the clock: they depend on the schema, not on the rows.
/// </summary>
public sealed class QualityQueryPlanTests
{
    [Fact]
    public void GradeJumps_ReadsTheCoveringIndexWithoutSortingTheYear_WhenPlanned()
    {
        // Arrange
        var plan = Plan("GradeJumps");

        // Assert: one pass over the covering index (grade included, migration 0310) and no sort before the window; the
        // only temp B-trees left are the small final grouping of the jumps.
        Assert.Contains(plan, d => d.Contains("USING COVERING INDEX ix_enrollment_year_enrolled (school_year=? AND is_enrolled=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, d => d.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, d => d.StartsWith("SCAN enrollment", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingInstitutions_SeeksEachCutAndInstitution_WhenPlanned()
    {
        // Arrange
        var plan = Plan("MissingInstitutions");

        // Assert: the probe of each (cut, institution) pair is a seek on both keys.
        Assert.Contains(plan, d => d.Contains("ix_enrollment_cut (cut_date=? AND institution_dane=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, d => d.StartsWith("SCAN enrollment", StringComparison.Ordinal));
    }

    private static List<string> Plan(string query)
    {
        using var database = new TempSqliteDatabase();
        using var connection = database.Target.Open();
        return connection.Query<(long Id, long Parent, long NotUsed, string Detail)>(
                "EXPLAIN QUERY PLAN " + SqlScripts.Of(typeof(QualityReport).Assembly).Read(SqlDialect.Sqlite, "Quality", query), new { year = 2025 })
            .Select(r => r.Detail).ToList();
    }
}
