using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using Spectre.Console;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>Runs the loads, with a Spectre.Console progress bar per file when the output is a terminal.</summary>
internal static class LoadProgressDisplay
{
    public static List<LoadSummary> LoadAll(ExtractLoader loader, IReadOnlyList<string> files, ExtractKind kind, TextWriter output)
    {
        var summaries = new List<LoadSummary>(files.Count);
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        if (!interactive)
        {
            summaries.AddRange(files.Select(file => loader.Load(file, kind)));
            return summaries;
        }

        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                foreach (var file in files)
                {
                    var task = context.AddTask(Markup.Escape(Path.GetFileName(file)), maxValue: 1);
                    summaries.Add(loader.Load(file, kind, new TaskProgress(task)));
                    task.Value = task.MaxValue;
                }
            });
        return summaries;
    }

    /// <summary>Updates the bar on the loading thread (Progress&lt;T&gt; would post to the thread pool and lag).</summary>
    private sealed class TaskProgress(ProgressTask task) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value)
        {
            task.MaxValue = Math.Max(1, value.TotalBytes);
            task.Value = value.BytesRead;
        }
    }
}
