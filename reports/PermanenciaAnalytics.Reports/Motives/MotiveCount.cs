using PermanenciaAnalytics.Core.Motives;

namespace PermanenciaAnalytics.Reports.Motives;

/// <summary>Students of a year's dropout universe whose RETIRADO motive (normalised) fell in one class of rule 5b.</summary>
public sealed record MotiveCount(string Motive, MotiveClass Class, long Students);
