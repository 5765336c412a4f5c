using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Database;

public class SqlStatementCounterTests
{
    [Fact]
    public async Task Begin_CountsEachStatementAndConnection_ButNotTheOpeningPragmas()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        SqlStatementCounter.Enable();
        using (var warm = database.Target.Open())
        {
            // A pooled handle that already carries the trace hook: its next open runs the PRAGMAs with the hook on.
            warm.ExecuteScalar<long>("SELECT 1");
        }

        // Act
        var count = await Task.Run(() =>
        {
            var counted = SqlStatementCounter.Begin();
            using (var first = database.Target.Open())
            {
                first.ExecuteScalar<long>("SELECT COUNT(*) FROM load_ledger");
                first.Execute("CREATE TEMP TABLE t (x INTEGER); INSERT INTO t VALUES (1);");
            }

            using (var second = database.Target.Open())
            {
                second.ExecuteScalar<long>("SELECT COUNT(*) FROM enrollment");
            }

            return counted;
        });

        // Assert
        Assert.Equal(4, count.Statements);
        Assert.Equal(2, count.Connections);
    }

    [Fact]
    public async Task Begin_KeepsCountsApart_WhenTwoFlowsRunAtOnce()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        SqlStatementCounter.Enable();
        SqlStatementCount Run(int statements)
        {
            var counted = SqlStatementCounter.Begin();
            using var connection = database.Target.Open();
            for (var i = 0; i < statements; i++)
            {
                connection.ExecuteScalar<long>("SELECT COUNT(*) FROM load_ledger");
            }

            return counted;
        }

        // Act
        var counts = await Task.WhenAll(Task.Run(() => Run(3)), Task.Run(() => Run(7)));

        // Assert
        Assert.Equal(3, counts[0].Statements);
        Assert.Equal(7, counts[1].Statements);
    }
}
