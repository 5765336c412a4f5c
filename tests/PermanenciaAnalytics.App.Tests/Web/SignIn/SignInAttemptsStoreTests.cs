using Microsoft.Data.SqlClient;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Schema;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Web.SignIn;

/// <summary>
/// The lockout counter's one statement under a parallel burst, on a real SQLite file and (when
/// PERMANENCIA_TEST_SQLSERVER is set) on SQL Server: 30 concurrent attempts get the 30 distinct counts 1…30, so no
/// two ever read the same value, and exactly one of them (the 5th) sets the lock.
/// </summary>
public sealed class SignInAttemptsStoreTests
{
    private static readonly DateTime Now = new(2025, 11, 3, 14, 0, 0, DateTimeKind.Utc);

    private static void AssertBurstCountsEveryAttemptOnce(DatabaseTarget target)
    {
        // Arrange
        var attempts = new SignInAttempts(target);
        var counts = new System.Collections.Concurrent.ConcurrentBag<AttemptCount>();

        // Act
        Parallel.For(0, 30, new ParallelOptions { MaxDegreeOfParallelism = 30 }, _ => counts.Add(attempts.Register("rectora", "203.0.113.7", Now, SignInLimits.Default)));
        var other = attempts.Register("rectora", "198.51.100.20", Now, SignInLimits.Default);

        // Assert
        Assert.Equal(Enumerable.Range(1, 30), counts.Select(c => c.Attempts).Order());
        Assert.All(counts.Where(c => c.Attempts < 5), c => Assert.Null(c.LockedUntilUtc));
        Assert.All(counts.Where(c => c.Attempts >= 5), c => Assert.Equal(Now + SignInLimits.Default.LockoutDuration, c.LockedUntilUtc));
        Assert.Equal(new AttemptCount(1, null), other);
    }

    [Fact]
    public void Register_CountsEveryAttemptOnce_UnderAParallelBurstOnSqlite()
    {
        using var database = new TempSqliteDatabase();
        AssertBurstCountsEveryAttemptOnce(database.Target);
    }

    [SqlServerFact]
    public void Register_CountsEveryAttemptOnce_UnderAParallelBurstOnSqlServer()
    {
        var server = new SqlConnectionStringBuilder(SqlServerFactAttribute.ConnectionString!);
        var name = "permanencia_signin_" + Guid.NewGuid().ToString("N")[..12];
        var master = new SqlConnectionStringBuilder(server.ConnectionString) { InitialCatalog = "master" }.ConnectionString;
        using (var connection = new SqlConnection(master))
        {
            connection.Open();
            using var create = new SqlCommand($"CREATE DATABASE [{name}]", connection);
            create.ExecuteNonQuery();
        }

        try
        {
            var target = DatabaseTarget.FromConnectionString(new SqlConnectionStringBuilder(server.ConnectionString) { InitialCatalog = name }.ConnectionString);
            SchemaMigrator.Migrate(target);
            AssertBurstCountsEveryAttemptOnce(target);
        }
        finally
        {
            SqlConnection.ClearAllPools();
            using var connection = new SqlConnection(master);
            connection.Open();
            using var drop = new SqlCommand($"ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]", connection);
            drop.ExecuteNonQuery();
        }
    }
}
