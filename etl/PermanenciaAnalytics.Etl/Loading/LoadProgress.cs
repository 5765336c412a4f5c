namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>Progress of one file: bytes consumed (UTF-8 measure), file size, data rows read so far.</summary>
public sealed record LoadProgress(long BytesRead, long TotalBytes, long RowsRead);
