namespace PermanenciaAnalytics.Etl.Official;

/// <summary>One rate MEN published: territory, year, level key (<see cref="MenRateLevels"/>) and percent (null when blank).</summary>
/// <param name="TerritoryCode">Municipality (5 digits) or department (2 digits).</param>
/// <param name="Year">School year.</param>
/// <param name="Level">Level key.</param>
/// <param name="Rate">Percent as published, or null when the file leaves it blank.</param>
public sealed record MenPublishedRate(string TerritoryCode, int Year, string Level, decimal? Rate);
