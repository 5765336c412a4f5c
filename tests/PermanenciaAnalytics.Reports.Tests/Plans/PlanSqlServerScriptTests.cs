using Microsoft.SqlServer.TransactSql.ScriptDom;
using PermanenciaAnalytics.Reports.Plans;
using PermanenciaAnalytics.Reports.Publishing;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Plans;

public class PlanSqlServerScriptTests
{
    public static TheoryData<string> StatementNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in AllStatements())
        {
            data.Add(name);
        }

        return data;
    }

    private static IEnumerable<(string Name, string Text)> AllStatements() =>
        PlanSql.SqlServerStatements()
            .Append(("ObservedReasonsSql", DatabasePublicationLookups.ObservedReasonsSql))
            .Concat(TSqlScripts.Embedded(typeof(PlanSql).Assembly).Where(s => s.Name.Contains("Plan", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(StatementNames))]
    public void Parse_ReturnsNoErrors_ForEveryPlanTSqlStatement(string name)
    {
        // Arrange
        var text = AllStatements().Single(s => s.Name == name).Text;
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);

        // Act
        using var reader = new StringReader(text);
        parser.Parse(reader, out var errors);

        // Assert
        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}");
    }

    [Fact]
    public void Parse_RejectsTheSqliteInsert_SoTheDialectSplitIsReal()
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(PlanSql.InsertHeaderSqlite);
        parser.Parse(reader, out var errors);
        Assert.NotEmpty(errors);
    }
}
