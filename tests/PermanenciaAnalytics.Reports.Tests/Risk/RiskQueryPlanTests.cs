using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Risk;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Risk;

/// <summary>
/// The plans of the risk page's reads, on the SQLite the product ships (3.53, not the machine's sqlite3): left to
/// itself it walked the year's rows up to the cut for each institution's list (0.6 s a view) and the year's whole
/// index for its list of cuts (0.13 s). Plans, not the clock: they depend on the schema, not on the rows.
/// </summary>
public sealed class RiskQueryPlanTests
{
    [Fact]
    public void StudentFacts_SeeksEachStudentsHistory_WhenOneInstitutionIsScored()
    {
        // Act
        var plan = Plan("StudentFacts", new { year = 2025, cut = "2025-11-30", institution = "154001000198" });

        // Assert: the history is one seek per student on the year's enrolled index, never a range of the year's cuts.
        Assert.Contains(plan, d => d.Contains("ix_enrollment_year_enrolled (school_year=? AND is_enrolled=? AND student_key=? AND cut_date<?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, d => d.Contains("ix_enrollment_year_cut", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, d => d.StartsWith("SCAN enrollment", StringComparison.Ordinal) || d.StartsWith("SCAN h", StringComparison.Ordinal));
    }

    [Fact]
    public void YearCuts_SeeksFromCutToCut_WhenTheYearsCutsAreListed()
    {
        // Act
        var plan = Plan("YearCuts", new { year = 2025 });

        // Assert: a seek past the previous cut at each step, not a walk over the year's index entries.
        Assert.Contains(plan, d => d.Contains("ix_enrollment_year_cut (school_year=? AND cut_date>?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, d => d.StartsWith("SCAN e", StringComparison.Ordinal) || d.StartsWith("SCAN enrollment", StringComparison.Ordinal));
    }

    private static List<string> Plan(string query, object parameters)
    {
        using var database = new TempSqliteDatabase();
        using var connection = database.Target.Open();
        return connection.Query<(long Id, long Parent, long NotUsed, string Detail)>(
                "EXPLAIN QUERY PLAN " + SqlScripts.Of(typeof(RiskList).Assembly).Read(SqlDialect.Sqlite, "Risk", query), parameters)
            .Select(r => r.Detail).ToList();
    }
}
