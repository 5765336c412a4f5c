namespace PermanenciaAnalytics.Reports.Indicators.Suppression;

/// <summary>
/// One additive relation between published rows: the row <see cref="Total"/> is the sum of the rows
/// <see cref="Members"/> (indices into the node list of a <see cref="SuppressionLattice"/>), in every count column.
/// </summary>
public sealed record DisclosureLine(int Total, IReadOnlyList<int> Members);

/// <summary>A reserved row's count that the published rows determine exactly (column 0 enrolled, 1 dropouts, 2 transfers).</summary>
public sealed record Disclosure(int Node, int Column, long Value);
