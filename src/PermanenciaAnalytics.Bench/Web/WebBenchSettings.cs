namespace PermanenciaAnalytics.Bench.Web;

/// <summary>How <c>bench web</c> runs: bounded per measurement (time and requests), per request (timeout) and overall.</summary>
public sealed record WebBenchSettings
{
    /// <summary>Connection string of the database the server reads: a COPY (the bench adds users and audit rows).</summary>
    public required string ConnectionString { get; init; }

    /// <summary>Publications folder served by <c>/publicaciones</c>; null = an empty temporary one.</summary>
    public string? PublishFolder { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(5);

    public int MaxRequests { get; init; } = int.MaxValue;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public IReadOnlyList<int> Clients { get; init; } = [1, 50];

    /// <summary>Once spent, the routes not yet measured are listed as skipped.</summary>
    public TimeSpan MaxTotal { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Only routes whose path or template contains one of these texts (case-insensitive); empty = all.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Heading of the report (e.g. "Cúcuta, 107 000 estudiantes" or "10×").</summary>
    public string Label { get; init; } = "";
}
