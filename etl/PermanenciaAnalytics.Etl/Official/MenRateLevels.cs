namespace PermanenciaAnalytics.Etl.Official;

/// <summary>
/// The five dropout series MEN publishes per territory and year (the <c>DESERCIÓN</c> columns of its open data), by the
/// keys the <c>compare men</c> output and the <c>men_published_rate</c> table use.
/// </summary>
public static class MenRateLevels
{
    public const string Total = "total";

    /// <summary>total, transicion, primaria, secundaria, media: the order of the published columns.</summary>
    public static IReadOnlyList<string> Keys { get; } = [Total, "transicion", "primaria", "secundaria", "media"];
}
