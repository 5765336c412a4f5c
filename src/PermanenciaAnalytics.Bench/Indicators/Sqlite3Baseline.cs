using System.Diagnostics;
using System.Globalization;

namespace PermanenciaAnalytics.Bench.Indicators;

/// <summary>
/// The baseline of <c>bench-indicators</c>: the sqlite3 shell counting distinct enrolled students per institution and
/// grade at the final cut, i.e. the cheapest query that still reads the same rows. Timed including process start.
/// </summary>
internal static class Sqlite3Baseline
{
    public static bool TryRun(string databasePath, int year, out TimeSpan elapsed, out TimeSpan cpu, out long rows)
    {
        elapsed = TimeSpan.Zero;
        cpu = TimeSpan.Zero;
        rows = 0;
        var sql = "SELECT institution_dane, grade, COUNT(DISTINCT student_key) FROM enrollment "
            + $"WHERE school_year = {year.ToString(CultureInfo.InvariantCulture)} AND is_enrolled = 1 "
            + "AND cut_date = (SELECT MAX(cut_date) FROM enrollment) GROUP BY institution_dane, grade;";
        var start = new ProcessStartInfo("sqlite3", [databasePath])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }

            process.StandardInput.WriteLine(".timer on");
            process.StandardInput.WriteLine(sql);
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            elapsed = watch.Elapsed;
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            rows = lines.Count(l => !l.StartsWith("Run Time:", StringComparison.Ordinal));
            cpu = TimerCpu(lines.LastOrDefault(l => l.StartsWith("Run Time:", StringComparison.Ordinal)));
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // sqlite3 shell not installed
        }
    }

    /// <summary>Reads "Run Time: real 0.5 user 0.3 sys 0.1" (the shell's own timer) as user + sys.</summary>
    private static TimeSpan TimerCpu(string? line)
    {
        var parts = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        double Seconds(string name)
        {
            var index = Array.IndexOf(parts, name);
            return index >= 0 && index + 1 < parts.Length && double.TryParse(parts[index + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
        }

        return TimeSpan.FromSeconds(Seconds("user") + Seconds("sys"));
    }
}
