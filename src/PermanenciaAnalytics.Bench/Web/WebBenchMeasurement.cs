using System.Diagnostics;
using System.Globalization;

namespace PermanenciaAnalytics.Bench.Web;

/// <summary>One request as measured by the client, with the server's own SQL counts from the response headers.</summary>
internal readonly record struct WebBenchSample(double Milliseconds, bool Ok, bool TimedOut, int? Statements, int? Connections);

/// <summary>
/// Drives one route with N concurrent clients until the duration or the request budget is spent. Every request has
/// its own timeout; after the first timeout no new request starts (the server is still busy with the abandoned one,
/// so later figures would measure that, not the route).
/// </summary>
internal static class WebBenchMeasurement
{
    public static async Task<WebBenchResult> RunAsync(HttpClient client, WebBenchRoute route, int clients, WebBenchSettings settings, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, string>? fields = null;
        if (route.Form is { } form)
        {
            fields = await form.ReadAsync(client, settings.Timeout, cancellationToken).ConfigureAwait(false);
            if (fields is null)
            {
                return WebBenchResult.Skip(route, clients, "la página no trae el formulario (lista vacía)");
            }
        }

        var samples = new System.Collections.Concurrent.ConcurrentBag<WebBenchSample>();
        var issued = 0;
        var stop = false;
        var clock = Stopwatch.StartNew();
        async Task Worker()
        {
            while (!Volatile.Read(ref stop) && clock.Elapsed < settings.Duration && Interlocked.Increment(ref issued) <= settings.MaxRequests)
            {
                var sample = fields is null
                    ? await OneAsync(client, route, settings.Timeout, cancellationToken).ConfigureAwait(false)
                    : await PostAndReloadAsync(client, route, fields, settings.Timeout, cancellationToken).ConfigureAwait(false);
                samples.Add(sample);
                if (sample.TimedOut)
                {
                    Volatile.Write(ref stop, true);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(Worker, cancellationToken))).ConfigureAwait(false);
        return new WebBenchResult(route, clients, [.. samples], clock.Elapsed, null);
    }

    private static async Task<WebBenchSample> OneAsync(HttpClient client, WebBenchRoute route, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var request = route.CreateRequest();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            await response.Content.CopyToAsync(Stream.Null, limit.Token).ConfigureAwait(false);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            return new WebBenchSample(elapsed, (int)response.StatusCode == route.ExpectedStatus, false,
                Header(response, "X-Sql-Statements"), Header(response, "X-Sql-Connections"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebBenchSample(clock.Elapsed.TotalMilliseconds, false, true, null, null);
        }
        catch (HttpRequestException)
        {
            return new WebBenchSample(clock.Elapsed.TotalMilliseconds, false, false, null, null);
        }
    }

    /// <summary>The form post (expects the route's status, a redirect) and then the page it redirects to, timed together.</summary>
    private static async Task<WebBenchSample> PostAndReloadAsync(HttpClient client, WebBenchRoute route, IReadOnlyDictionary<string, string> fields,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var clock = Stopwatch.StartNew();
        try
        {
            using var content = new FormUrlEncodedContent(fields);
            using var post = await client.PostAsync(new Uri(route.Path, UriKind.Relative), content, limit.Token).ConfigureAwait(false);
            await post.Content.CopyToAsync(Stream.Null, limit.Token).ConfigureAwait(false);
            if ((int)post.StatusCode != route.ExpectedStatus || post.Headers.Location is not { } location)
            {
                return new WebBenchSample(clock.Elapsed.TotalMilliseconds, false, false, Header(post, "X-Sql-Statements"), Header(post, "X-Sql-Connections"));
            }

            using var reload = await client.GetAsync(location, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            await reload.Content.CopyToAsync(Stream.Null, limit.Token).ConfigureAwait(false);
            return new WebBenchSample(clock.Elapsed.TotalMilliseconds, reload.StatusCode == System.Net.HttpStatusCode.OK, false,
                Header(post, "X-Sql-Statements") + Header(reload, "X-Sql-Statements"), Header(post, "X-Sql-Connections") + Header(reload, "X-Sql-Connections"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebBenchSample(clock.Elapsed.TotalMilliseconds, false, true, null, null);
        }
        catch (HttpRequestException)
        {
            return new WebBenchSample(clock.Elapsed.TotalMilliseconds, false, false, null, null);
        }
    }

    private static int? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
