using PermanenciaAnalytics.Core.Risk;

namespace PermanenciaAnalytics.Reports.Risk;

/// <summary>One stored version of the risk model's data, with who wrote it and why.</summary>
public sealed record RiskModelVersion(RiskModel Model, DateTime CreatedAt, string CreatedBy, string? Note);
