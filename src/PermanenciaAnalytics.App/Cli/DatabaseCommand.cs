using System.CommandLine;

namespace PermanenciaAnalytics.App.Cli;

/// <summary>
/// A command whose action reads or writes the reporting database. <c>CliApp</c> migrates the schema once, before
/// such an action runs, so no command migrates on its own (<c>init</c> reports the migration, and <c>serve</c> and
/// <c>demo</c> migrate at host start-up, so they are plain commands).
/// </summary>
internal sealed class DatabaseCommand(string name, string? description = null) : Command(name, description);
