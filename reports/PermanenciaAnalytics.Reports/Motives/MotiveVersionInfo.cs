namespace PermanenciaAnalytics.Reports.Motives;

/// <summary>One stored version of the retirement-motive table: when, by whom and why it was written.</summary>
public sealed record MotiveVersionInfo(int Version, DateTime CreatedAt, string? CreatedBy, string? Note);
