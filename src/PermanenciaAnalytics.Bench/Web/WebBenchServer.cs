using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PermanenciaAnalytics.Bench.Web;

/// <summary>
/// The real <c>permanencia serve</c> as a child process on 127.0.0.1 and a free port, with the SQL statement headers on.
/// A child, not an in-process host, so a request that never ends (its query keeps a core busy after the client gave
/// up) is stopped by killing the process, and the next route is measured on an idle server.
/// </summary>
internal sealed partial class WebBenchServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly Queue<string> lastLines = new();

    private WebBenchServer(Process process) => this.process = process;

    public Uri BaseAddress { get; private set; } = null!;

    public bool HasExited => process.HasExited;

    public static async Task<WebBenchServer> StartAsync(IWebBenchHost host, string connectionString, string publishFolder, string workFolder, CancellationToken cancellationToken)
    {
        var start = host.CliStartInfo();
        foreach (var argument in new[] { "serve", "--db", connectionString, "--urls", "http://127.0.0.1:0", "--inbox", Path.Combine(workFolder, "inbox"), "--publish-dir", publishFolder })
        {
            start.ArgumentList.Add(argument);
        }

        start.WorkingDirectory = workFolder;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment["Permanencia__SqlStatementHeaders"] = "true";
        // The bench signs in again after every restart; the per-address sign-in limit guards people, not this loop.
        start.Environment["Permanencia__SignInAttemptsPerMinute"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new WebBenchServer(process);
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => server.Received(e.Data, address);
        process.ErrorDataReceived += (_, e) => server.Received(e.Data, address);
        process.Exited += (_, _) => address.TrySetException(new InvalidOperationException("El servidor terminó al arrancar: " + server.LastLines()));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            server.BaseAddress = await address.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false);
            await server.WaitReadyAsync(cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public string LastLines()
    {
        lock (lastLines)
        {
            return string.Join(" | ", lastLines);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to stop.
        }
        finally
        {
            process.Dispose();
        }
    }

    private void Received(string? line, TaskCompletionSource<Uri> address)
    {
        if (line is null)
        {
            return;
        }

        lock (lastLines)
        {
            lastLines.Enqueue(line.Length > 300 ? line[..300] : line);
            while (lastLines.Count > 10)
            {
                lastLines.Dequeue();
            }
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            address.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    private async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromMinutes(2))
            {
                // Still starting.
            }

            if (deadline.Elapsed > TimeSpan.FromMinutes(2) || process.HasExited)
            {
                throw new InvalidOperationException("El servidor no quedó listo (/health): " + LastLines());
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }
    }

    [GeneratedRegex(@"Servicio en (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
