using Dapper;
using PermanenciaAnalytics.App.Web;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// The queries a page runs per institution, grade or student seek by their keys: none scans a table (SQLite reports
/// a full scan as <c>SCAN</c>). A scan here is what made búsqueda activa take 17–94 s at 107,000 students.
/// </summary>
public sealed class CaseQueryPlanTests
{
    public static TheoryData<string> KeyedQueries() => ["WithdrawnStudents", "GradeStudents", "IsWithdrawn"];

    [Theory]
    [MemberData(nameof(KeyedQueries))]
    public void Plan_SeeksByKey_WithoutScanningAnyTable(string query)
    {
        // Arrange: a migrated (empty) database: the plan depends on the schema and its indexes, not on the rows.
        using var database = new TempSqliteDatabase();
        using var connection = database.Target.Open();

        // Act
        var plan = connection.Query<(long Id, long Parent, long NotUsed, string Detail)>(
                "EXPLAIN QUERY PLAN " + SqlScripts.Of(typeof(WebServiceCollectionExtensions).Assembly).Read(SqlDialect.Sqlite, "Web", query),
                new { year = 2025, dane = "154001000198", grade = 7, student = "40000001" })
            .Select(r => r.Detail).ToList();

        // Assert: a scan of a co-routine (a per-student subquery's few rows, e.g. the phones) or of the statement's own
        // materialized cases reads no table.
        var coRoutines = plan.Where(d => d.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) || d.StartsWith("MATERIALIZE ", StringComparison.Ordinal))
            .Select(d => "SCAN " + d[(d.IndexOf(' ', StringComparison.Ordinal) + 1)..]).ToHashSet();
        Assert.NotEmpty(plan);
        Assert.All(plan, d => Assert.False(d.StartsWith("SCAN ", StringComparison.Ordinal) && !coRoutines.Contains(d), $"{query}: {d}\n{string.Join("\n", plan)}"));
    }

    public static TheoryData<string> CaseAggregates() => ["CaseFigures", "CaseMonthCounts"];

    [Theory]
    [MemberData(nameof(CaseAggregates))]
    public void CaseAggregates_SeekByKey_WithoutScanningAnyTable_WhenTheDashboardOrThePlanCountsCases(string query)
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        using var connection = database.Target.Open();

        // Act
        var plan = connection.Query<(long Id, long Parent, long NotUsed, string Detail)>(
                "EXPLAIN QUERY PLAN " + SqlScripts.Of(typeof(WebServiceCollectionExtensions).Assembly).Read(SqlDialect.Sqlite, "Cases", query),
                new { year = 2025, dane = "154001000198" })
            .Select(r => r.Detail).ToList();

        // Assert: every table is sought through an index; the only scans are of the statement's own intermediate results
        // (the cases CTE, aliased c, and the monthly union, aliased m).
        Assert.NotEmpty(plan);
        Assert.All(plan, d => Assert.False(d.StartsWith("SCAN ", StringComparison.Ordinal) && d is not ("SCAN c" or "SCAN m"),
            $"{query}: {d}\n{string.Join("\n", plan)}"));
        Assert.Contains(plan, d => d.Contains("ix_case_contact_case (case_id=?)", StringComparison.Ordinal));
    }

    [Fact]
    public void WithdrawnStudents_ReadsTheInstitutionsOutcomesThroughItsIndex()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        using var connection = database.Target.Open();

        // Act
        var plan = connection.Query<(long Id, long Parent, long NotUsed, string Detail)>(
                "EXPLAIN QUERY PLAN " + SqlScripts.Of(typeof(WebServiceCollectionExtensions).Assembly).Read(SqlDialect.Sqlite, "Web", "WithdrawnStudents"), new { year = 2025, dane = "154001000198" })
            .Select(r => r.Detail).ToList();

        // Assert: the outer read is the institution's range of the engine's outcomes, and every lookup is a seek.
        Assert.Contains(plan, d => d.Contains("ix_student_year_outcome_institution (school_year=? AND institution_dane=?)", StringComparison.Ordinal));
        Assert.Contains(plan, d => d.Contains("ix_simpade_dropout_student (school_year=? AND student_key=?)", StringComparison.Ordinal));
        Assert.Contains(plan, d => d.Contains("ux_outreach_case_student (school_year=? AND student_key=?)", StringComparison.Ordinal));
        Assert.Contains(plan, d => d.Contains("ix_student_contact_student (student_key=?)", StringComparison.Ordinal));
    }

    [Fact]
    public void CaseContacts_ReadsTheInstitutionsCasesAndTheirContactsThroughTheirIndexes_WhenTheHistoryIsListed()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        using var connection = database.Target.Open();

        // Act
        var plan = connection.Query<(long Id, long Parent, long NotUsed, string Detail)>(
                "EXPLAIN QUERY PLAN " + SqlScripts.Of(typeof(WebServiceCollectionExtensions).Assembly).Read(SqlDialect.Sqlite, "Cases", "CaseContacts"), new { year = 2025, dane = "154001000198" })
            .Select(r => r.Detail).ToList();

        // Assert
        Assert.Contains(plan, d => d.Contains("ix_outreach_case_institution (school_year=? AND institution_dane=?)", StringComparison.Ordinal));
        Assert.Contains(plan, d => d.Contains("ix_case_contact_case (case_id=?)", StringComparison.Ordinal));
    }
}
