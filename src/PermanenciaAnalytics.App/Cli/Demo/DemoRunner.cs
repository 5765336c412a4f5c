using System.Diagnostics;
using Hangfire;
using PermanenciaAnalytics.App.Hosting;
using PermanenciaAnalytics.App.Jobs;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Synthetic;

namespace PermanenciaAnalytics.App.Cli.Demo;

/// <summary>What <c>demo</c> does, and where. <c>ServeUrls</c> is the <c>--urls</c> value the closing guide's <c>serve</c> command listens on.</summary>
internal sealed record DemoSettings(string OutputFolder, DatabaseTarget Database, SyntheticYearOptions Year, bool Serve, string Urls, TimeSpan Timeout,
    string ServeUrls = "http://127.0.0.1:5080");

/// <summary>
/// The demo: writes a synthetic year and the year before it into <c>OUT/inbox</c>, starts the same host as <c>serve</c> (InMemory Hangfire,
/// job server in-process), lets the inbox watcher and the import → recompute jobs do the work, then runs the monthly
/// publication job and prints where to look.
/// </summary>
internal sealed class DemoRunner(DemoSettings settings, TextWriter output)
{
    /// <summary>The prior year's cuts: end of February, May, August and November.</summary>
    private static readonly HashSet<int> QuarterlyCuts = [0, 3, 6, 9];

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var inbox = Path.Combine(settings.OutputFolder, "inbox");
        // The year before, as quarterly cuts: the same cohort one grade lower, so the trend, "frente al año anterior"
        // and the plan's baseline have a real previous year, at a fraction of a second year's load time.
        var prior = settings.Year with { Year = settings.Year.Year - 1, PriorYear = true, WrittenCuts = QuarterlyCuts, Windows1252Cuts = new HashSet<int>() };

        // The two generators are independent (each derives the cohort from the seed): one per core, lines printed after.
        var currentLines = new LineCollector();
        var priorLines = new LineCollector();
        var current = Task.Run(() => new SyntheticYearGenerator(settings.Year).WriteTo(inbox, currentLines), cancellationToken);
        var before = Task.Run(() => new SyntheticYearGenerator(prior).WriteTo(inbox, priorLines), cancellationToken);
        var files = await current.ConfigureAwait(false);
        var priorFiles = await before.ConfigureAwait(false);
        output.WriteLine($"Generando el año sintético {settings.Year.Year}: {settings.Year.Students:N0} estudiantes, {settings.Year.Institutions} instituciones, {settings.Year.Cuts} cortes…");
        currentLines.WriteTo(output);
        output.WriteLine($"Generando el año anterior {prior.Year} (los mismos estudiantes un grado antes, cortes trimestrales)…");
        priorLines.WriteTo(output);
        output.WriteLine($"Extractos escritos en {Math.Max(files.Seconds, priorFiles.Seconds):N1} s en {inbox}.");

        var serveOptions = new ServeOptions
        {
            Database = settings.Database,
            Urls = settings.Urls,
            Inbox = inbox,
            PublishFolder = Path.Combine(settings.OutputFolder, "publicaciones"),
            RejectsFolder = Path.Combine(settings.OutputFolder, "rechazos"),
            LogLevel = LogLevel.Error,
        };
        await using var app = ServeHost.Build(serveOptions);
        if (app.Services.GetService<IExtractImporter>() is null || app.Services.GetService<IOutcomeRecomputer>() is null)
        {
            output.WriteLine("Esta compilación no incluye el cargador de extractos o el recálculo de indicadores (ServeHost.Pipeline.cs).");
            return ExitCodes.UsageError;
        }

        await app.StartAsync(cancellationToken);
        var dashboard = $"{app.Urls.First()}/hangfire";
        output.WriteLine($"Servidor de trabajos Hangfire en marcha; panel: {dashboard}");
        var monitor = app.Services.GetRequiredService<PipelineMonitor>();
        var phase = Stopwatch.StartNew();
        var idle = await monitor.WaitForIdleAsync(settings.Timeout, s => output.WriteLine(
            $"  [{phase.Elapsed:mm\\:ss}] bandeja {s.InboxPending} · en cola {s.Enqueued} · en proceso {s.Processing} · programados {s.Scheduled} · " +
            $"completados {s.Succeeded} · fallidos {s.Failed} · procesados {s.Processed} · rechazados {s.Refused}"), cancellationToken);
        output.WriteLine($"Importación y recálculo terminados en {phase.Elapsed.TotalSeconds:N0} s: {idle.Processed} archivos procesados, {idle.Refused} rechazados, {idle.Failed} trabajos fallidos.");
        foreach (var failure in idle.Failed > 0 ? monitor.Failures() : [])
        {
            output.WriteLine($"  Falló «{failure.Name}»: {failure.Message}");
        }

        if (idle.Failed > 0 || idle.Refused > 0)
        {
            output.WriteLine($"Revise {Path.Combine(inbox, "refused")} y el panel {dashboard}.");
        }

        var showcase = DemoShowcase.Seed(app.Services, settings, files, output);
        var lastCut = files.SimatCuts[^1].Cut;
        output.WriteLine($"Publicando {lastCut.Year}-{lastCut.Month:00}…");
        var jobs = app.Services.GetRequiredService<IBackgroundJobClient>();
        var publishId = jobs.Enqueue<MonthlyPublishJob>(job => job.Run(lastCut.Year, lastCut.Month, CancellationToken.None));
        var published = await monitor.WaitForJobAsync(publishId, settings.Timeout, cancellationToken);

        var truth = files.Truth;
        output.WriteLine();
        output.WriteLine($"Demo terminada en {total.Elapsed.TotalSeconds:N0} s.");
        output.WriteLine($"  Base de datos:  {settings.Database.Describe()}");
        output.WriteLine(published.Succeeded
            ? $"  Publicación:    {IndexOf(serveOptions.PublishFolder)}"
            : $"  Publicación:    falló — {published.Message}");
        output.WriteLine($"  Extractos:      {Path.Combine(inbox, "processed")} ({idle.Processed}) · rechazados {Path.Combine(inbox, "refused")} ({idle.Refused})");
        output.WriteLine($"  Verdad sintética: deserción {truth.DropoutPercent():N2} % ({truth.UniverseDropouts:N0} de {truth.UniverseEnrolled:N0}), " +
            $"{truth.Migrants:N0} estudiantes venezolanos, {truth.Transfers:N0} traslados, {truth.Reenrolments:N0} reingresos.");
        output.WriteLine($"  Consultar:      permanencia indicators --year {settings.Year.Year} --by institution --db \"{settings.Database.ConnectionString}\"");
        var succeeded = published.Succeeded && idle.Failed == 0 && idle.Refused == 0 && showcase.Plans.Refused == 0;
        DemoGuide.Print(output, settings, showcase, settings.Serve ? app.Urls.First() : settings.ServeUrls, settings.Serve);
        if (settings.Serve)
        {
            output.WriteLine($"  Panel de trabajos: {dashboard} (cuenta {DemoAccounts.Admin}). Ctrl+C para detener.");
            await app.WaitForShutdownAsync(cancellationToken);
        }
        else
        {
            await app.StopAsync(CancellationToken.None);
        }

        return succeeded ? ExitCodes.Success : ExitCodes.UsageError;
    }

    private static string IndexOf(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return folder;
        }

        return Directory.EnumerateFiles(folder, "index.html", SearchOption.AllDirectories)
            .OrderBy(p => p.Length)
            .FirstOrDefault() ?? folder;
    }
}
