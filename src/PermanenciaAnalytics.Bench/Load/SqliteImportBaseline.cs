using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PermanenciaAnalytics.Bench.Load;

/// <summary>
/// The side-by-side baseline: the <c>sqlite3</c> command-line shell importing the same <c>;</c>-delimited file into a
/// plain all-TEXT table (<c>.mode csv</c>, <c>.separator ;</c>, <c>.import --skip 1</c>; skipping the header also skips
/// the UTF-8 BOM on its first cell). Timed as a whole process, journal and sync off, like stack.md measured it.
/// </summary>
internal static class SqliteImportBaseline
{
    public const string DefaultShell = "/usr/bin/sqlite3";

    public sealed record Result(double Seconds, long Rows, long DatabaseBytes);

    public static Result Run(string csvPath, IReadOnlyList<string> columns, string databasePath, string shell = DefaultShell)
    {
        if (!File.Exists(shell))
        {
            throw new FileNotFoundException($"No se encontró {shell}; instale el paquete sqlite3 para la comparación.", shell);
        }

        var script = Path.ChangeExtension(databasePath, ".import.sql");
        var sql = new StringBuilder()
            .AppendLine("PRAGMA journal_mode=OFF;")
            .AppendLine("PRAGMA synchronous=OFF;")
            .Append("CREATE TABLE extract (")
            .AppendJoin(", ", columns.Select((_, i) => $"c{i + 1:00} TEXT"))
            .AppendLine(");")
            .AppendLine(".mode csv")
            .AppendLine(".separator ;")
            .AppendLine(CultureInfo.InvariantCulture, $".import --skip 1 '{csvPath.Replace("'", "''", StringComparison.Ordinal)}' extract")
            .AppendLine(".mode list")
            .AppendLine("SELECT COUNT(*) FROM extract;");
        File.WriteAllText(script, sql.ToString());

        var start = new ProcessStartInfo(shell)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(databasePath);
        start.ArgumentList.Add($".read '{script.Replace("'", "''", StringComparison.Ordinal)}'");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"No se pudo iniciar {shell}.");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"sqlite3 terminó con código {process.ExitCode}: {error.Trim()}");
        }

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var rows = long.Parse(lines[^1], CultureInfo.InvariantCulture);
        return new Result(clock.Elapsed.TotalSeconds, rows, new FileInfo(databasePath).Length);
    }
}
