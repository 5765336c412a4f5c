using System.Diagnostics;
using System.Globalization;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>
/// Who holds an inbox claim or a database lease: machine, process id and process start time (a recycled pid is not
/// mistaken for its dead predecessor). A holder on this machine whose process is gone is dead at once, so a restart
/// takes over its work without waiting for an expiry.
/// </summary>
public static class WorkerInstance
{
    private const char Separator = '_';

    private static readonly TimeSpan StartTimeTolerance = TimeSpan.FromSeconds(5);

    /// <summary>This process, as a name usable in a folder path and a database column.</summary>
    public static string Current { get; } = Describe(Environment.MachineName, Environment.ProcessId, StartTicks(Process.GetCurrentProcess()));

    /// <summary>True when <paramref name="instance"/> names a process of this machine that no longer runs.</summary>
    public static bool IsDeadHereAndNow(string instance)
    {
        var parts = instance.Split(Separator);
        if (parts.Length != 3 || !string.Equals(parts[0], Sanitize(Environment.MachineName), StringComparison.Ordinal)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var started))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            // Linux derives a start time from the boot time each process estimates itself: two readings of one process
            // differ by milliseconds, a recycled pid by far more.
            return Math.Abs(StartTicks(process) - started) > StartTimeTolerance.Ticks || process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static string Describe(string machine, int pid, long startTicks) =>
        string.Join(Separator, Sanitize(machine), pid.ToString(CultureInfo.InvariantCulture), startTicks.ToString(CultureInfo.InvariantCulture));

    private static string Sanitize(string machine) => new(machine.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-').ToArray());

    private static long StartTicks(Process process) => process.StartTime.ToUniversalTime().Ticks;
}
