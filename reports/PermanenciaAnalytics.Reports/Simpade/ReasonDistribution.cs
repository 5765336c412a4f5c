using PermanenciaAnalytics.Core.Simpade;

namespace PermanenciaAnalytics.Reports.Simpade;

/// <summary>Students reporting one SIMPADE reason (a student may report several).</summary>
public sealed record ReasonCount(string? InstitutionDane, string ReasonCode, ReasonCategory Category, long Students);

/// <summary>Students reporting at least one reason of a MEN category.</summary>
public sealed record CategoryCount(string? InstitutionDane, ReasonCategory Category, long Students);

/// <summary>SIMPADE desertores in scope and how many had no reason flag set.</summary>
public sealed record DropoutTotal(string? InstitutionDane, long Students, long WithoutReason);

/// <summary>The answer of <c>reasons</c>: institution null means all institutions together.</summary>
public sealed record ReasonDistribution(IReadOnlyList<DropoutTotal> Totals, IReadOnlyList<ReasonCount> Reasons, IReadOnlyList<CategoryCount> Categories);
