using Microsoft.SqlServer.TransactSql.ScriptDom;
using PermanenciaAnalytics.App.Web;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Web;

public class WebSqlScriptTests
{
    public static TheoryData<string> ScriptNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in TSqlScripts.Embedded(typeof(WebServiceCollectionExtensions).Assembly))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ScriptNames))]
    public void Parse_ReturnsNoErrors_ForEveryEmbeddedWebQuery(string resourceName)
    {
        // Arrange
        var text = TSqlScripts.Embedded(typeof(WebServiceCollectionExtensions).Assembly).Single(s => s.Name == resourceName).Text;
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);

        // Act
        using var reader = new StringReader(text);
        parser.Parse(reader, out var errors);

        // Assert
        Assert.True(errors.Count == 0, $"{resourceName}: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}");
    }

    [Fact]
    public void EmbeddedQueries_ExistInBothDialects()
    {
        // Arrange
        var names = typeof(WebServiceCollectionExtensions).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("PermanenciaAnalytics.App.Sql.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)).ToList();

        // Act
        var sqlite = names.Where(n => n.Contains(".Sqlite.Web.", StringComparison.Ordinal)).Select(n => n.Split(".Sqlite.Web.")[1]).Order().ToList();
        var sqlServer = names.Where(n => n.Contains(".SqlServer.Web.", StringComparison.Ordinal)).Select(n => n.Split(".SqlServer.Web.")[1]).Order().ToList();

        // Assert
        Assert.Equal(
        [
            "AuditSearch.sql", "GradeStudents.sql", "IsWithdrawn.sql", "LatestLoadOfFile.sql", "LatestLoadPerFile.sql", "LoadDetail.sql", "LoadIssueCounts.sql",
            "RejectedRowsAll.sql", "RejectedRowsFirst.sql", "SedeNames.sql", "WithdrawnStudents.sql",
        ], sqlite);
        Assert.Equal(sqlite, sqlServer);
    }
}
