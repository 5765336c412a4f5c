using Microsoft.SqlServer.TransactSql.ScriptDom;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Sql;

public class SqlServerQueryTests
{
    public static TheoryData<string> ScriptNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in TSqlScripts.Embedded(typeof(IndicatorEngine).Assembly))
        {
            data.Add(name);
        }

        return data;
    }

    public static TheoryData<string, string> IndicatorQueriesWithSplits()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in new[] { "IntraAnnualCells", "TransferCells", "InterAnnualCells" })
        {
            foreach (var split in IndicatorSplit.Names)
            {
                data.Add(name, split);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ScriptNames))]
    public void Parse_ReturnsNoErrors_ForEveryEmbeddedTSqlQuery(string resourceName)
    {
        // Arrange
        var text = TSqlScripts.Embedded(typeof(IndicatorEngine).Assembly).Single(s => s.Name == resourceName).Text;

        // Act
        var errors = Parse(text);

        // Assert
        Assert.True(errors.Count == 0, $"{resourceName}: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}");
    }

    [Theory]
    [MemberData(nameof(IndicatorQueriesWithSplits))]
    public void Parse_ReturnsNoErrors_ForIndicatorQueryWithEverySplit(string queryName, string split)
    {
        // Arrange: the split expression is spliced in at run time, so the spliced text must parse too.
        var text = IndicatorEngine.CellSql(SqlDialect.SqlServer, queryName, split, queryName == "TransferCells" ? "t.grade" : "o.grade");

        // Act
        var errors = Parse(text);

        // Assert
        Assert.Contains("/*split-group*/", SqlScripts.Of(typeof(IndicatorEngine).Assembly).Read(SqlDialect.SqlServer, "Indicators", queryName), StringComparison.Ordinal);
        Assert.True(errors.Count == 0, $"{queryName}/{split}: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}");
    }

    [Fact]
    public void EmbeddedQueries_ExistForBothDialects_WithTheSameNames()
    {
        // Arrange
        var names = typeof(IndicatorEngine).Assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)).ToList();

        // Act
        var sqlite = names.Where(n => n.Contains(".Sqlite.", StringComparison.Ordinal)).Select(n => n.Replace(".Sqlite.", ".", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        var sqlServer = names.Where(n => n.Contains(".SqlServer.", StringComparison.Ordinal)).Select(n => n.Replace(".SqlServer.", ".", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        // Assert
        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, sqlServer);
    }

    private static IList<ParseError> Parse(string text)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(text);
        parser.Parse(reader, out var errors);
        return errors;
    }
}
