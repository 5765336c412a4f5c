using System.Collections.Concurrent;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Accounts;

/// <summary>Account queries embedded beside their store: <c>Accounts/Sql/{Sqlite|SqlServer}/Name.sql</c>.</summary>
internal static class AccountSql
{
    private static readonly ConcurrentDictionary<(SqlDialect, string), string> Cache = new();

    public static string Read(SqlDialect dialect, string name) => Cache.GetOrAdd((dialect, name), key =>
    {
        var resource = $"PermanenciaAnalytics.App.Accounts.Sql.{key.Item1}.{key.Item2}.sql";
        using var stream = typeof(AccountSql).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded query {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
