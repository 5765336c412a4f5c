using System.Data;
using Dapper;
using PermanenciaAnalytics.Core.Motives;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Sql;

namespace PermanenciaAnalytics.Reports.Motives;

/// <summary>
/// The versioned retirement-motive table of rule 5b (migration 0420 seeds version 1). An edit never changes a version:
/// it writes the next one, which is then in force, so every recompute can record the version it applied.
/// </summary>
public static class RetirementMotiveStore
{
    /// <summary>The table in force: its newest version.</summary>
    public static RetirementMotiveTable Current(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        return Current(connection, null, target.Dialect);
    }

    /// <summary>The table in force, read inside <paramref name="transaction"/> (the recompute's).</summary>
    public static RetirementMotiveTable Current(IDbConnection connection, IDbTransaction? transaction, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var scripts = SqlScripts.Of(typeof(RetirementMotiveStore).Assembly);
        var version = connection.ExecuteScalar<int?>(scripts.Read(dialect, "Motives", "CurrentVersion"), transaction: transaction);
        if (version is null)
        {
            return RetirementMotiveTable.Default;
        }

        var lines = connection.Query<(string Pattern, string MotiveClass)>(
                scripts.Read(dialect, "Motives", "Patterns"), new { version }, transaction)
            .Select(line => new MotivePattern(line.Pattern, MotiveClassNames.TryParse(line.MotiveClass, out var value) ? value : MotiveClass.Desercion));
        return new RetirementMotiveTable(version.Value, lines);
    }

    /// <summary>When and by whom <paramref name="version"/> was written; null when there is no such version.</summary>
    public static MotiveVersionInfo? Describe(DatabaseTarget target, int version)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        var row = connection.QuerySingleOrDefault<(long Version, object CreatedAt, string? CreatedBy, string? Note)?>(
            SqlScripts.Of(typeof(RetirementMotiveStore).Assembly).Read(target.Dialect, "Motives", "VersionInfo"), new { version });
        return row is { } r
            ? new MotiveVersionInfo((int)r.Version, Convert.ToDateTime(r.CreatedAt, System.Globalization.CultureInfo.InvariantCulture), r.CreatedBy, r.Note)
            : null;
    }

    /// <summary>
    /// Writes <paramref name="table"/>'s lines as the next version (one more than the newest stored) and returns that
    /// version number. The outcomes of every year become stale: the next read recomputes them with it.
    /// </summary>
    public static int Save(DatabaseTarget target, RetirementMotiveTable table, string? createdBy, string? note)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(table);
        var scripts = SqlScripts.Of(typeof(RetirementMotiveStore).Assembly);
        using var connection = target.Open();
        using var transaction = connection.BeginTransaction();
        var version = (connection.ExecuteScalar<int?>(scripts.Read(target.Dialect, "Motives", "CurrentVersion"), transaction: transaction) ?? 0) + 1;
        connection.Execute(scripts.Read(target.Dialect, "Motives", "InsertVersion"),
            new { version, now = DialectParameters.Timestamp(target.Dialect, DateTime.UtcNow), createdBy, note }, transaction);
        var position = 0;
        foreach (var line in table.Patterns)
        {
            position++;
            connection.Execute(scripts.Read(target.Dialect, "Motives", "InsertPattern"),
                new { version, position, pattern = line.Pattern, motiveClass = MotiveClassNames.Key(line.Class) }, transaction);
        }

        transaction.Commit();
        return version;
    }
}
