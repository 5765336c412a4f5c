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

    private static readonly SqlScripts Statements = SqlScripts.Of(ScriptAssembly);

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
            .WithScriptsEmbeddedInAssembly(ScriptAssembly, name => IsMigration(target.Dialect, name))
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
            .Where(n => IsMigration(dialect, n))
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
        var exists = connection.ExecuteScalar<long>(Statements.Read(target.Dialect, "Schema", "JournalExists"), new { name = JournalTable }) > 0;
        if (!exists)
        {
            return [];
        }

        return connection.Query<string>(Statements.Read(target.Dialect, "Schema", "AppliedScripts")).Select(ShortName).ToList();
    }

    /// <summary>
    /// A migration sits directly in its dialect's folder (<c>Sql/Sqlite/0001-….sql</c>); the statements the code runs
    /// sit one folder deeper (<c>Sql/Sqlite/Loading/….sql</c>) and are never applied as migrations.
    /// </summary>
    private static bool IsMigration(SqlDialect dialect, string resource) =>
        resource.StartsWith(Prefix(dialect), StringComparison.Ordinal)
        && resource.EndsWith(".sql", StringComparison.Ordinal)
        && resource.AsSpan(Prefix(dialect).Length).Count('.') == 1;

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
