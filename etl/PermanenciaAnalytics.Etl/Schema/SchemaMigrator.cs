using System.Reflection;
using Dapper;
using DbUp;
using DbUp.Builder;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Etl.Schema;

/// <summary>
/// Applies the embedded, numbered scripts of one dialect (<c>Sql/Sqlite/0001-….sql</c>) with DbUp, journaled in
/// <c>schema_versions</c>. Scripts run once, in name order, each in its own transaction. A database that already
/// holds scripts this build does not know was made by a newer version and is refused rather than downgraded.
/// </summary>
public static class SchemaMigrator
{
    public const string JournalTable = "schema_versions";

    private static readonly Assembly ScriptAssembly = typeof(SchemaMigrator).Assembly;

    public static MigrationResult Migrate(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var known = ScriptNames(target.Dialect);
        var applied = AppliedScripts(target);
        var unknown = applied.Where(name => !known.Contains(name)).ToList();
        if (unknown.Count > 0)
        {
            throw new SchemaTooNewException(
                $"The database {target.Describe()} has schema script {unknown[0]} that this version does not know; upgrade the application instead of downgrading the database.");
        }

        var upgrader = Builder(target)
            .WithScriptsEmbeddedInAssembly(ScriptAssembly, name => name.StartsWith(Prefix(target.Dialect), StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();
        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException(
                $"Schema migration failed at {result.ErrorScript?.Name}: {result.Error?.Message}", result.Error);
        }

        return new MigrationResult(result.Scripts.Select(s => ShortName(s.Name)).ToList(), applied.Count + result.Scripts.Count());
    }

    /// <summary>Embedded script names for a dialect, without the resource prefix.</summary>
    public static IReadOnlySet<string> ScriptNames(SqlDialect dialect) =>
        ScriptAssembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix(dialect), StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[Prefix(dialect).Length..])
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Reads an embedded script's text, by short name (e.g. <c>0001-Table-LoadLedger-Create.sql</c>).</summary>
    public static string ReadScript(SqlDialect dialect, string shortName)
    {
        using var stream = ScriptAssembly.GetManifestResourceStream(Prefix(dialect) + shortName)
            ?? throw new FileNotFoundException($"No embedded script {shortName} for {dialect}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static UpgradeEngineBuilder Builder(DatabaseTarget target) => target.Dialect switch
    {
        SqlDialect.Sqlite => DeployChanges.To.SqliteDatabase(target.ConnectionString).JournalToSqliteTable(JournalTable),
        _ => DeployChanges.To.SqlDatabase(target.ConnectionString).JournalToSqlTable("dbo", JournalTable),
    };

    private static List<string> AppliedScripts(DatabaseTarget target)
    {
        using var connection = target.Open();
        var exists = target.Dialect == SqlDialect.Sqlite
            ? connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name", new { name = JournalTable }) > 0
            : connection.ExecuteScalar<int>("SELECT COUNT(*) FROM sys.tables WHERE name = @name", new { name = JournalTable }) > 0;
        if (!exists)
        {
            return [];
        }

        return connection.Query<string>($"SELECT ScriptName FROM {JournalTable}").Select(ShortName).ToList();
    }

    private static string Prefix(SqlDialect dialect) => $"PermanenciaAnalytics.Etl.Sql.{dialect}.";

    private static string ShortName(string name)
    {
        foreach (var dialect in Enum.GetValues<SqlDialect>())
        {
            if (name.StartsWith(Prefix(dialect), StringComparison.Ordinal))
            {
                return name[Prefix(dialect).Length..];
            }
        }

        return name;
    }
}

public sealed record MigrationResult(IReadOnlyList<string> AppliedNow, int TotalApplied);

public sealed class SchemaTooNewException(string message) : Exception(message);
