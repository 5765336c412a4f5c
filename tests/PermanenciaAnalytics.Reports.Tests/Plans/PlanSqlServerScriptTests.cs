using Microsoft.SqlServer.TransactSql.ScriptDom;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Plans;

namespace PermanenciaAnalytics.Reports.Tests.Plans;

/// <summary>
/// The plan statements are parsed with every other embedded T-SQL script of the assembly (SqlServerQueryTests); this
/// guards the one place where the plan SQL splits by dialect.
/// </summary>
public class PlanSqlServerScriptTests
{
    [Fact]
    public void Parse_RejectsTheSqliteInsert_SoTheDialectSplitIsReal()
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(SqlScripts.Of(typeof(PlanRepository).Assembly).Read(SqlDialect.Sqlite, "Plans", "InsertHeader"));
        parser.Parse(reader, out var errors);
        Assert.NotEmpty(errors);
    }
}
