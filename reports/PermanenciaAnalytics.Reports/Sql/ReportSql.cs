using System.Collections.Concurrent;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Sql;

/// <summary>
/// Reads the query scripts embedded from <c>Sql/{Dialect}/{Area}/{Name}.sql</c>. Every query exists once per dialect
/// under the same name, so callers ask for <c>("Outcomes", "Recompute")</c> and get the engine's own text.
/// </summary>
internal static class ReportSql
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Read(SqlDialect dialect, string area, string name)
    {
        var resource = $"PermanenciaAnalytics.Reports.Sql.{dialect}.{area}.{name}.sql";
        return Cache.GetOrAdd(resource, static key =>
        {
            using var stream = typeof(ReportSql).Assembly.GetManifestResourceStream(key)
                ?? throw new InvalidOperationException($"Embedded query {key} is missing from the Reports assembly.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });
    }
}
