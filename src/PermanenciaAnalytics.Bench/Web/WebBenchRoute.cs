namespace PermanenciaAnalytics.Bench.Web;

/// <summary>Who a benchmark request signs in as.</summary>
public enum BenchRole
{
    Anonymous,
    Secretaria,
    Cobertura,
    Rector,
    Admin,
}

/// <summary>What a route is, for its goal: pages, charts and exports p95 ≤ 300 ms (1 client); the API ≤ 100 ms.</summary>
internal enum BenchRouteKind
{
    Page,
    Chart,
    Export,
    Api,
    Infrastructure,
}

/// <summary>
/// One benchmarked request: <see cref="Template"/> is what the report shows, <see cref="Path"/> what is requested.
/// <see cref="Bearer"/> sends the role's API token instead of its session cookie.
/// </summary>
internal sealed record WebBenchRoute(string Template, string Path, BenchRole Role, BenchRouteKind Kind, bool Bearer = false)
{
    public int ExpectedStatus { get; init; } = 200;

    /// <summary>A JSON body turns the request into a POST (the token route).</summary>
    public string? JsonBody { get; init; }

    /// <summary>
    /// A form POST to <see cref="Path"/> (fields read from <see cref="WebBenchForm.Source"/>) whose redirect is followed:
    /// one sample is the post and the reload together, as the user waits for both; SQL is the sum of the two.
    /// </summary>
    public WebBenchForm? Form { get; init; }

    public HttpRequestMessage CreateRequest() => JsonBody is null
        ? new HttpRequestMessage(HttpMethod.Get, Path)
        : new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(JsonBody, System.Text.Encoding.UTF8, "application/json") };

    /// <summary>Goal for p95 in milliseconds (docs/performance.md): pages 300 ms with 1 client and 1 s with 50; API 100 ms with 1 client.</summary>
    public double GoalMilliseconds(int clients) => clients <= 1
        ? Kind == BenchRouteKind.Api ? 100 : 300
        : 1000;

    /// <summary>The ≤ 10 statements goal is for page views (and their charts and exports).</summary>
    public bool HasStatementGoal => Kind is BenchRouteKind.Page or BenchRouteKind.Chart or BenchRouteKind.Export;

    public const int StatementGoal = 10;
}
