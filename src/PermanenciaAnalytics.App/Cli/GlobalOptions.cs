using System.CommandLine;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Cli;

/// <summary>Options accepted before or after any command (docs/design.md §6).</summary>
internal sealed class GlobalOptions
{
    public const string DatabaseEnvironmentVariable = "PERMANENCIA_DB";

    public Option<string?> Database { get; } = new("--db")
    {
        Description = "Cadena de conexión: 'Data Source=archivo.db' (SQLite, por defecto data/permanencia.db) o 'Server=…' (SQL Server).",
        Recursive = true,
    };

    public DatabaseTarget ResolveDatabase(ParseResult parseResult)
    {
        var fromOption = parseResult.GetValue(Database);
        if (!string.IsNullOrWhiteSpace(fromOption))
        {
            return DatabaseTarget.FromConnectionString(fromOption);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(DatabaseEnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment)
            ? DatabaseTarget.Default
            : DatabaseTarget.FromConnectionString(fromEnvironment);
    }
}
