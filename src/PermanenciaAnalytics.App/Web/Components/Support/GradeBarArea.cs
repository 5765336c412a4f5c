namespace PermanenciaAnalytics.App.Web.Components.Support;

/// <summary>One clickable bar of the grade chart: its rectangle in image pixels, its grade and its rate as shown.</summary>
public sealed record GradeBarArea(int Grade, int Left, int Top, int Right, int Bottom, string RateText);
