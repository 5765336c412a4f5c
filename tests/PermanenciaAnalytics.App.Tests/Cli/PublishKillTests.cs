using System.Diagnostics;
using PermanenciaAnalytics.App.Cli;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Reports.Charts;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Synthetic;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Cli;

/// <summary>
/// The real <c>permanencia publish</c> process killed at growing delays: after every kill the publish folder holds a
/// complete version or none (a kill 5 s in once left 13 of 60 institutions and no municipal index).
/// </summary>
public sealed class PublishKillTests
{
    private static readonly int[] KillAfterMilliseconds = [400, 800, 1200, 1600, 2000, 2600];

    [Fact]
    public async Task Publish_LeavesACompleteVersionOrNone_WhenTheProcessIsKilledMidway()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var files = new SyntheticYearGenerator(new SyntheticYearOptions { Students = 3000, Institutions = 12, Cuts = 3, Seed = 31 })
            .WriteTo(Path.Combine(database.Folder, "extractos"));
        var loader = new ExtractLoader(database.Target, new LoadOptions { RejectsFolder = Path.Combine(database.Folder, "rechazos") });
        foreach (var cut in files.SimatCuts)
        {
            loader.Load(cut.Path, ExtractKind.Simat);
        }

        OutcomeRecomputer.Recompute(database.Target, 2025);
        var output = Path.Combine(database.Folder, "publicaciones");
        var outcomes = new List<string>();

        // Act / Assert: kill, look, kill again over what the previous run left.
        foreach (var delay in KillAfterMilliseconds)
        {
            using var process = Start(database, output);
            var exited = process.WaitForExit(delay);
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            outcomes.Add(exited ? "terminó" : "interrumpido");
            AssertCompleteOrAbsent(output, 12);
        }

        using (var last = Start(database, output))
        {
            await last.WaitForExitAsync();
            Assert.Equal(ExitCodes.Success, last.ExitCode);
        }

        // Three cuts, the last in April: one version, and no staging folder of the killed runs left beside it.
        var versions = Directory.GetDirectories(output).Select(Path.GetFileName).ToList();
        Assert.Equal(["2025-04"], versions);
        Assert.Contains("interrumpido", outcomes);
        AssertCompleteOrAbsent(output, 12);
    }

    private static Process Start(TempSqliteDatabase database, string output)
    {
        var app = Path.ChangeExtension(typeof(CliApp).Assembly.Location, ".dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { app, "publish", "--year", "2025", "--out", output, "--db", database.Target.ConnectionString })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void AssertCompleteOrAbsent(string output, int institutions)
    {
        if (!Directory.Exists(output))
        {
            return;
        }

        foreach (var version in Directory.GetDirectories(output).Where(d => !Path.GetFileName(d).StartsWith('.')))
        {
            Assert.True(File.Exists(Path.Combine(version, "index.html")), $"{version}: sin índice municipal");
            // One folder per institution, plus the charts' font folder.
            Assert.True(File.Exists(Path.Combine(version, ChartFile.FontFolder, "DejaVuSans.ttf")), $"{version}: sin las fuentes de las gráficas");
            var folders = Directory.GetDirectories(version).Where(f => Path.GetFileName(f) != ChartFile.FontFolder).ToArray();
            Assert.Equal(institutions, folders.Length);
            Assert.All(folders, f => Assert.True(File.Exists(Path.Combine(f, "index.html")), $"{f}: sin index.html"));
        }
    }
}
