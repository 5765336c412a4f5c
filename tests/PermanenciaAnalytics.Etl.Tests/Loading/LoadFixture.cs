using Dapper;
using Microsoft.Data.Sqlite;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Loading;

/// <summary>A migrated temp SQLite database with a loader whose rejects go to the temp folder.</summary>
internal sealed class LoadFixture : IDisposable
{
    public LoadFixture(decimal maxRejectPercent = 10m, DateOnly? cut = null)
    {
        Database = new TempSqliteDatabase();
        RejectsFolder = Path.Combine(Database.Folder, "rejects");
        Options = new LoadOptions { MaxRejectPercent = maxRejectPercent, Cut = cut, RejectsFolder = RejectsFolder };
        Loader = new ExtractLoader(Database.Target, Options);
    }

    public TempSqliteDatabase Database { get; }

    public string RejectsFolder { get; }

    public LoadOptions Options { get; }

    public ExtractLoader Loader { get; }

    public LoadSummary Load(string relativePath, ExtractKind kind = ExtractKind.Auto) =>
        Loader.Load(TestData.PathOf(relativePath), kind);

    public ExtractLoader LoaderWith(LoadOptions options) => new(Database.Target, options);

    public long Count(string table, string where = "1 = 1", object? args = null)
    {
        using var connection = new SqliteConnection(Database.ConnectionString);
        return connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table} WHERE {where}", args);
    }

    public IReadOnlyList<T> Query<T>(string sql, object? args = null)
    {
        using var connection = new SqliteConnection(Database.ConnectionString);
        return connection.Query<T>(sql, args).ToList();
    }

    public T Single<T>(string sql, object? args = null)
    {
        using var connection = new SqliteConnection(Database.ConnectionString);
        return connection.QuerySingle<T>(sql, args);
    }

    /// <summary>
    /// Row counts of every data table plus the loaded ledger rows and their reason counts, to prove a refusal changed
    /// no data (a refused load keeps only its own ledger row and reason counts).
    /// </summary>
    public string Snapshot()
    {
        string[] tables = ["enrollment", "student_contact", "simpade_dropout", "simpade_dropout_reason", "rejected_row", "institution", "sede"];
        var counts = tables.Select(t => $"{t}={Count(t)}").ToList();
        counts.Add($"load_reject_reason={Count("load_reject_reason", "load_id IN (SELECT load_id FROM load_ledger WHERE status = 'loaded')")}");
        counts.Add($"loaded={Count("load_ledger", "status = 'loaded'")}");
        return string.Join(";", counts);
    }

    public void Dispose() => Database.Dispose();
}
