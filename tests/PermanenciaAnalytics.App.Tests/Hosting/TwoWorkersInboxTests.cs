using System.Diagnostics;
using Dapper;
using PermanenciaAnalytics.Synthetic;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Hosting;

/// <summary>
/// Two real <c>permanencia serve</c> processes on one SQLite database and one inbox (issue 11: both picked up every
/// file: failed attempts, a duplicate ledger row, overlapping recomputes). Every file must be loaded exactly once, end
/// in <c>processed/</c>, and a worker killed mid-import must lose nothing once it is restarted.
/// </summary>
public sealed class TwoWorkersInboxTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    // The workers' output, shown when a wait fails.
    private static readonly System.Collections.Concurrent.ConcurrentQueue<string> Output = new();

    [Fact]
    public async Task Serve_LoadsEveryFileExactlyOnce_WhenTwoProcessesShareTheInbox()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var inbox = Path.Combine(database.Folder, "inbox");
        var names = WriteExtracts(database, inbox, seed: 41);

        // Act
        using var first = StartServe(database, inbox);
        using var second = StartServe(database, inbox);
        try
        {
            await WaitUntilDoneAsync(database, inbox, names);
        }
        finally
        {
            Stop(first);
            Stop(second);
        }

        // Assert
        AssertEachLoadedOnce(database, inbox, names, allowSkippedDuplicates: false);
    }

    [Fact]
    public async Task Serve_LosesAndDuplicatesNothing_WhenOneOfTwoProcessesIsKilledMidImportAndRestarted()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var inbox = Path.Combine(database.Folder, "inbox");
        var names = WriteExtracts(database, inbox, seed: 43);
        var victim = StartServe(database, inbox);
        Process? survivor = null;
        Process? restarted = null;
        try
        {
            // Act: kill the first worker while it holds a claimed file (it is importing it), then start it again. The
            // second worker starts once the first holds a claim: started together, a slow start of the first (a loaded
            // test machine) let the second take all five small files before the first claimed any.
            var claimPrefix = $"{Environment.MachineName}_{victim.Id}_";
            var killedHolding = await WaitForAsync(() => Directory.Exists(Path.Combine(inbox, ".processing"))
                && Directory.EnumerateDirectories(Path.Combine(inbox, ".processing"))
                    .Any(d => Path.GetFileName(d).StartsWith(claimPrefix, StringComparison.Ordinal) && Directory.EnumerateFiles(d).Any(f => !f.EndsWith(".heartbeat", StringComparison.Ordinal))),
                poll: TimeSpan.FromMilliseconds(10));
            survivor = StartServe(database, inbox);
            victim.Kill(entireProcessTree: true);
            await victim.WaitForExitAsync();
            restarted = StartServe(database, inbox);
            await WaitUntilDoneAsync(database, inbox, names);

            // Assert
            Assert.True(killedHolding, "the killed worker never claimed a file: nothing was interrupted");
        }
        finally
        {
            victim.Dispose();
            if (survivor is not null)
            {
                Stop(survivor);
                survivor.Dispose();
            }

            if (restarted is not null)
            {
                Stop(restarted);
                restarted.Dispose();
            }
        }

        // A load killed after its commit is found by its sha256 on the retry (a skipped duplicate, not a second load).
        AssertEachLoadedOnce(database, inbox, names, allowSkippedDuplicates: true);
        // Live workers keep their (empty) claim folders with a heartbeat; no claimed file is left in any of them.
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(inbox, ".processing"), "*.csv", SearchOption.AllDirectories));
    }

    private static List<string> WriteExtracts(TempSqliteDatabase database, string inbox, int seed)
    {
        var files = new SyntheticYearGenerator(new SyntheticYearOptions { Students = 4000, Institutions = 8, Cuts = 5, Seed = (ulong)seed })
            .WriteTo(Path.Combine(database.Folder, "extractos"));
        Directory.CreateDirectory(inbox);
        var names = new List<string>();
        foreach (var cut in files.SimatCuts)
        {
            var name = Path.GetFileName(cut.Path);
            File.Copy(cut.Path, Path.Combine(inbox, name));
            names.Add(name);
        }

        return names;
    }

    private static Process StartServe(TempSqliteDatabase database, string inbox)
    {
        var app = Path.ChangeExtension(typeof(CliApp).Assembly.Location, ".dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     app, "serve", "--urls", "http://127.0.0.1:0", "--inbox", inbox, "--publish-dir", Path.Combine(database.Folder, "publicaciones"),
                     "--db", database.Target.ConnectionString,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Output.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => Output.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    // Done: every file in processed/ and the year recomputed at least once.
    private static async Task WaitUntilDoneAsync(TempSqliteDatabase database, string inbox, List<string> names)
    {
        var done = await WaitForAsync(() =>
        {
            var processed = Directory.Exists(Path.Combine(inbox, "processed"))
                ? Directory.EnumerateFiles(Path.Combine(inbox, "processed")).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal)
                : [];
            if (!names.All(processed.Contains))
            {
                return false;
            }

            using var connection = database.Target.Open();
            return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM outcome_recompute") > 0;
        });
        var left = string.Join(", ", Directory.EnumerateFileSystemEntries(inbox, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(inbox, f)));
        Assert.True(done, $"the inbox was not done within {Bound.TotalMinutes:F0} minutes; inbox: {left}; output: {string.Join(" | ", Output.TakeLast(40))}");
    }

    private static async Task<bool> WaitForAsync(Func<bool> condition, TimeSpan? poll = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Bound)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(100));
        }

        return false;
    }

    private static void AssertEachLoadedOnce(TempSqliteDatabase database, string inbox, List<string> names, bool allowSkippedDuplicates)
    {
        using var connection = database.Target.Open();
        var rows = connection.Query<(string FileName, string Status)>("SELECT file_name, status FROM load_ledger").ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), rows.Where(r => r.Status == "loaded").Select(r => r.FileName).Order(StringComparer.Ordinal));
        var others = rows.Where(r => r.Status != "loaded").ToList();
        Assert.True(allowSkippedDuplicates ? others.All(r => r.Status.Contains("duplicate", StringComparison.Ordinal)) : others.Count == 0,
            "unexpected ledger rows: " + string.Join(", ", others));
        Assert.Empty(Directory.EnumerateFiles(inbox));
        Assert.False(Directory.Exists(Path.Combine(inbox, "refused")) && Directory.EnumerateFiles(Path.Combine(inbox, "refused")).Any(), "a file was refused");
        var attempts = Path.Combine(inbox, ".attempts");
        Assert.False(Directory.Exists(attempts) && Directory.EnumerateFiles(attempts).Any(), "an attempt was left recorded");
        Assert.Equal(names.Count, Directory.EnumerateFiles(Path.Combine(inbox, "processed")).Count());
    }
}
