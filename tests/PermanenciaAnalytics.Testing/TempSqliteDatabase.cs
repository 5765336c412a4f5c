using Microsoft.Data.Sqlite;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Schema;

namespace PermanenciaAnalytics.Testing;

/// <summary>A real SQLite file in a fresh temp folder, migrated to the current schema, deleted on dispose.</summary>
public sealed class TempSqliteDatabase : IDisposable
{
    public TempSqliteDatabase(bool migrate = true)
    {
        Folder = Directory.CreateTempSubdirectory("permanencia-test-").FullName;
        FilePath = Path.Combine(Folder, "permanencia.db");
        Target = DatabaseTarget.FromConnectionString($"Data Source={FilePath}");
        if (migrate)
        {
            SchemaMigrator.Migrate(Target);
        }
    }

    public string Folder { get; }

    public string FilePath { get; }

    public DatabaseTarget Target { get; }

    public string ConnectionString => Target.ConnectionString;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a failing test must not hide that test's real failure.
        }
    }
}
