namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>How <see cref="ExtractLoader"/> treats the files it loads.</summary>
public sealed record LoadOptions
{
    /// <summary>SIMAT cut date; when null it comes from a <c>FECHA_CORTE</c> column or a date in the file name.</summary>
    public DateOnly? Cut { get; init; }

    /// <summary>A file with more rejected rows than this percentage of its rows is refused whole.</summary>
    public decimal MaxRejectPercent { get; init; } = 10m;

    /// <summary>Folder for the rejects CSV of each file (<c>&lt;file&gt;.&lt;sha8&gt;.rejects.csv</c>).</summary>
    public string RejectsFolder { get; init; } = "data/rejects";
}
