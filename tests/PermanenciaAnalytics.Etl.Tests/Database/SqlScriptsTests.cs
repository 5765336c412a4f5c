using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Schema;

namespace PermanenciaAnalytics.Etl.Tests.Database;

public class SqlScriptsTests
{
    private static readonly SqlScripts Etl = SqlScripts.Of(typeof(SqlScripts).Assembly);

    [Fact]
    public void Read_ReturnsTheDialectsOwnText_WhenEachDialectHasTheStatement()
    {
        // Act
        var sqlite = Etl.Read(SqlDialect.Sqlite, "Loading", "LedgerInsert");
        var sqlServer = Etl.Read(SqlDialect.SqlServer, "Loading", "LedgerInsert");

        // Assert
        Assert.Contains("RETURNING load_id", sqlite, StringComparison.Ordinal);
        Assert.Contains("OUTPUT INSERTED.load_id", sqlServer, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReturnsTheSharedText_WhenNoDialectFileExists()
    {
        // Act
        var sqlite = Etl.Read(SqlDialect.Sqlite, "Schema", "AppliedScripts");
        var sqlServer = Etl.Read(SqlDialect.SqlServer, "Schema", "AppliedScripts");

        // Assert
        Assert.StartsWith("SELECT ScriptName FROM schema_versions", sqlite, StringComparison.Ordinal);
        Assert.Same(sqlite, sqlServer);
    }

    [Fact]
    public void Read_Throws_WhenTheStatementIsEmbeddedNowhere()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Etl.Read(SqlDialect.Sqlite, "Loading", "NoSuchStatement"));

        Assert.Contains("Sql/Sqlite/Loading/NoSuchStatement.sql", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScriptNames_ListsOnlyNumberedMigrations_WhenStatementsShareTheDialectFolder()
    {
        // Arrange / Act: Sql/Sqlite/Loading/*.sql lives under the migrations' folder but must never run as one.
        var names = SchemaMigrator.ScriptNames(SqlDialect.Sqlite);

        // Assert
        Assert.Contains("0001-Table-LoadLedger-Create.sql", names);
        Assert.All(names, name => Assert.Matches(@"^\d{4}-[^.]+\.sql$", name));
    }
}
