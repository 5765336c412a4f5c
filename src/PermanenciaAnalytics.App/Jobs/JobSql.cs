using System.Collections.Concurrent;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>Statements of the jobs, embedded per dialect: <c>Jobs/Sql/{Sqlite|SqlServer}/Name.sql</c>.</summary>
internal static class JobSql
{
    private static readonly ConcurrentDictionary<(SqlDialect, string), string> Cache = new();

    public static string Read(SqlDialect dialect, string name) => Cache.GetOrAdd((dialect, name), key =>
    {
        var resource = $"PermanenciaAnalytics.App.Jobs.Sql.{key.Item1}.{key.Item2}.sql";
        using var stream = typeof(JobSql).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded statement {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
