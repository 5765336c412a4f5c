namespace PermanenciaAnalytics.Core.Motives;

/// <summary>One line of the motive table: a motive whose normalised text contains <see cref="Pattern"/> is <see cref="Class"/>.</summary>
public sealed record MotivePattern(string Pattern, MotiveClass Class);
