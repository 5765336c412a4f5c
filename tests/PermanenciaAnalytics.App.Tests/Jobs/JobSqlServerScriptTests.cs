using Microsoft.SqlServer.TransactSql.ScriptDom;
using PermanenciaAnalytics.App.Jobs;

namespace PermanenciaAnalytics.App.Tests.Jobs;

public sealed class JobSqlServerScriptTests
{
    public static TheoryData<string> Queries => new()
    {
        PlanDeadlineJob.SqlServerTableExistsSql,
        PlanDeadlineJob.MissingSql,
        PlanDeadlineJob.LateSql,
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void PlanDeadlineQueries_ParseAsTSql160_WhenRunOnSqlServer(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);

        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);

        Assert.Empty(errors);
    }
}
