namespace PermanenciaAnalytics.Core.Risk;

/// <summary>One early-warning factor: a stable code (CSV, API, weight table) and the Spanish label users read.</summary>
public sealed record RiskFactor(string Code, string Label);
