using Microsoft.Extensions.Options;
using PermanenciaAnalytics.App.Web.Configuration;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web;

/// <summary>
/// With <see cref="PermanenciaWebOptions.SqlStatementHeaders"/> on, counts the SQL statements and connections each
/// request runs (<see cref="SqlStatementCounter"/>) and reports them in <c>X-Sql-Statements</c> / <c>X-Sql-Connections</c>
/// so <c>bench web</c> measures them instead of guessing. The headers are written when the response starts: every page,
/// chart and export here is buffered before it is sent, so the count is complete; a streamed body (the rejected-rows
/// CSV) reports what ran before its first byte.
/// </summary>
internal static class SqlStatementHeaders
{
    public const string Statements = "X-Sql-Statements";
    public const string Connections = "X-Sql-Connections";

    public static void UseIfEnabled(WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<PermanenciaWebOptions>>().Value.SqlStatementHeaders)
        {
            return;
        }

        SqlStatementCounter.Enable();
        app.Use(async (context, next) =>
        {
            var count = SqlStatementCounter.Begin();
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Statements] = count.Statements.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.Headers[Connections] = count.Connections.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await next(context).ConfigureAwait(false);
        });
    }
}
