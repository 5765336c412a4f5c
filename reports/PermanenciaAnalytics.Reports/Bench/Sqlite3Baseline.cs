using System.Diagnostics;
using System.Globalization;

namespace PermanenciaAnalytics.Reports.Bench;

/// <summary>
/// The baseline of <c>bench-indicators</c>: the sqlite3 shell counting distinct enrolled students per institution and
/// grade at the final cut, i.e. the cheapest query that still reads the same rows. Timed including process start.
/// </summary>
internal static class Sqlite3Baseline
{
    public static bool TryRun(string databasePath, int year, out TimeSpan elapsed, out long rows)
    {
        elapsed = TimeSpan.Zero;
        rows = 0;
        var sql = "SELECT institution_dane, grade, COUNT(DISTINCT student_key) FROM enrollment "
            + $"WHERE school_year = {year.ToString(CultureInfo.InvariantCulture)} AND is_enrolled = 1 "
            + "AND cut_date = (SELECT MAX(cut_date) FROM enrollment) GROUP BY institution_dane, grade;";
        var start = new ProcessStartInfo("sqlite3", [databasePath, sql])
        {
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

            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            elapsed = watch.Elapsed;
            rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // sqlite3 shell not installed
        }
    }
}
