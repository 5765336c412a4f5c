namespace PermanenciaAnalytics.Bench.Web;

/// <summary>
/// One route at one concurrency: its samples, or why it was not measured. Percentiles are over every request,
/// timed-out ones counted at the time they were abandoned, so a route that times out cannot look fast.
/// </summary>
internal sealed record WebBenchResult(WebBenchRoute Route, int Clients, IReadOnlyList<WebBenchSample> Samples, TimeSpan Elapsed, string? Skipped)
{
    public static WebBenchResult Skip(WebBenchRoute route, int clients, string reason) => new(route, clients, [], TimeSpan.Zero, reason);

    public int Requests => Samples.Count;

    public int Errors => Samples.Count(s => !s.Ok);

    public int Timeouts => Samples.Count(s => s.TimedOut);

    public double? P50 => Percentile(0.50);

    public double? P95 => Percentile(0.95);

    public double? Max => Samples.Count == 0 ? null : Samples.Max(s => s.Milliseconds);

    public double RequestsPerSecond => Elapsed.TotalSeconds > 0 ? Samples.Count(s => s.Ok) / Elapsed.TotalSeconds : 0;

    /// <summary>Median of the statements the server counted for the answered requests; null when none reported one.</summary>
    public int? Statements => Median(Samples.Where(s => s.Ok).Select(s => s.Statements));

    public int? MaxStatements => Samples.Where(s => s.Ok).Select(s => s.Statements).Max();

    public int? Connections => Median(Samples.Where(s => s.Ok).Select(s => s.Connections));

    /// <summary>p95 within the goal, no error, and (pages) the median statement count within ≤ 10.</summary>
    public bool? MeetsGoal => Skipped is not null || P95 is null
        ? null
        : Errors == 0 && P95 <= Route.GoalMilliseconds(Clients)
            && (!Route.HasStatementGoal || Statements is null || Statements <= WebBenchRoute.StatementGoal);

    private double? Percentile(double p)
    {
        if (Samples.Count == 0)
        {
            return null;
        }

        // Nearest rank: the value below which p of the requests fall.
        var sorted = Samples.Select(s => s.Milliseconds).Order().ToList();
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    private static int? Median(IEnumerable<int?> values)
    {
        var known = values.OfType<int>().Order().ToList();
        return known.Count == 0 ? null : known[(known.Count - 1) / 2];
    }
}
