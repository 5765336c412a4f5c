using System.Collections.Concurrent;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>Query text embedded beside its reader: <c>Web/Data/Sql/{Sqlite|SqlServer}/Name.sql</c>.</summary>
internal static class EmbeddedSql
{
    private static readonly ConcurrentDictionary<(SqlDialect, string), string> Cache = new();

    public static string Read(SqlDialect dialect, string name) => Cache.GetOrAdd((dialect, name), key =>
    {
        var resource = $"PermanenciaAnalytics.App.Web.Data.Sql.{key.Item1}.{key.Item2}.sql";
        using var stream = typeof(EmbeddedSql).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded query {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
