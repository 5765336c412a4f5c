using Dapper;
using PermanenciaAnalytics.App.Web;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Web;

public sealed class RejectedRowsQueryPlanTests
{
    [Fact]
    public void FirstRejectedRows_ReadTheIndexInFileOrder_WithoutSortingTheLoad()
    {
        // Arrange: a migrated database (0070 orders ix_rejected_row_load by load, row and severity).
        using var database = new TempSqliteDatabase();
        using var connection = database.Target.Open();

        // Act
        var plan = connection.Query<(long Id, long Parent, long NotUsed, string Detail)>(
                "EXPLAIN QUERY PLAN " + SqlScripts.Of(typeof(WebServiceCollectionExtensions).Assembly).Read(SqlDialect.Sqlite, "Web", "RejectedRowsFirst"), new { loadId = 1L, count = 200 })
            .Select(r => r.Detail).ToList();

        // Assert
        Assert.Contains(plan, d => d.Contains("USING INDEX ix_rejected_row_load (load_id=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, d => d.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }
}
