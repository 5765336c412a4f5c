using Dapper;
using Microsoft.Data.Sqlite;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Schema;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Schema;

public class SchemaMigratorTests
{
    [Fact]
    public void Migrate_CreatesEveryTable_WhenDatabaseIsNew()
    {
        // Arrange
        using var db = new TempSqliteDatabase(migrate: false);

        // Act
        var result = SchemaMigrator.Migrate(db.Target);

        // Assert
        Assert.Equal(SchemaMigrator.ScriptNames(SqlDialect.Sqlite).Count, result.AppliedNow.Count);
        using var connection = db.Target.Open();
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet();
        Assert.Contains("load_ledger", tables);
        Assert.Contains("enrollment", tables);
        Assert.Contains("student_contact", tables);
        Assert.Contains("simpade_dropout", tables);
        Assert.Contains("rejected_row", tables);
    }

    [Fact]
    public void Migrate_AppliesNothing_WhenRunTwice()
    {
        // Arrange
        using var db = new TempSqliteDatabase();

        // Act
        var second = SchemaMigrator.Migrate(db.Target);

        // Assert
        Assert.Empty(second.AppliedNow);
        Assert.Equal(SchemaMigrator.ScriptNames(SqlDialect.Sqlite).Count, second.TotalApplied);
    }

    [Fact]
    public void Migrate_Refuses_WhenDatabaseHasScriptFromNewerVersion()
    {
        // Arrange
        using var db = new TempSqliteDatabase();
        using (var connection = new SqliteConnection(db.ConnectionString))
        {
            connection.Execute(
                $"INSERT INTO {SchemaMigrator.JournalTable} (ScriptName, Applied) VALUES ('PermanenciaAnalytics.Etl.Sql.Sqlite.9999-Future.sql', '2030-01-01')");
        }

        // Act
        var error = Assert.Throws<SchemaTooNewException>(() => SchemaMigrator.Migrate(db.Target));

        // Assert
        Assert.Contains("9999-Future.sql", error.Message, StringComparison.Ordinal);
    }

    [SqlServerFact]
    public void Migrate_CreatesSchema_OnSqlServer()
    {
        var target = DatabaseTarget.FromConnectionString(SqlServerFactAttribute.ConnectionString!);
        Assert.Equal(SqlDialect.SqlServer, target.Dialect);
        SchemaMigrator.Migrate(target);
        using var connection = target.Open();
        Assert.Equal(1, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM sys.tables WHERE name = 'enrollment'"));
    }
}
