using Microsoft.SqlServer.TransactSql.ScriptDom;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Schema;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Schema;

public class SqlServerScriptTests
{
    public static TheoryData<string> ScriptNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in TSqlScripts.Embedded(typeof(SchemaMigrator).Assembly))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ScriptNames))]
    public void Parse_ReturnsNoErrors_ForEveryEmbeddedTSqlScript(string resourceName)
    {
        // Arrange
        var text = TSqlScripts.Embedded(typeof(SchemaMigrator).Assembly).Single(s => s.Name == resourceName).Text;
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);

        // Act
        using var reader = new StringReader(text);
        parser.Parse(reader, out var errors);

        // Assert
        Assert.True(errors.Count == 0, $"{resourceName}: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}");
    }

    [Fact]
    public void ScriptNames_AreTheSame_ForBothDialects()
    {
        // Arrange / Act
        var sqlite = SchemaMigrator.ScriptNames(SqlDialect.Sqlite);
        var sqlServer = SchemaMigrator.ScriptNames(SqlDialect.SqlServer);

        // Assert: a migration added for one engine only would leave the other schema behind.
        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite.Order(StringComparer.Ordinal), sqlServer.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_ReportsErrors_ForSqliteOnlySyntax()
    {
        // Guards the guard: the parser must actually reject non-T-SQL.
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader("SELECT * FROM enrollment LIMIT 10");
        parser.Parse(reader, out var errors);
        Assert.NotEmpty(errors);
    }
}
