namespace PermanenciaAnalytics.Reports.Publishing.Html;

/// <summary>One chart of a published page: its caption, its PNG bytes and the base name of its PNG/SVG files.</summary>
public sealed record PublishedChart(string Title, byte[] Png, string FileBaseName);
