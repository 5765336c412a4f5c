namespace PermanenciaAnalytics.App.Jobs;

/// <summary>Loader settings the inbox import uses (same meaning as <c>load --max-reject-pct</c>).</summary>
public sealed record ImportSettings(decimal MaxRejectPercent, string RejectsFolder);
