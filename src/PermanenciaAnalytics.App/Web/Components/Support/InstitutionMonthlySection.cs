using PermanenciaAnalytics.Reports.Charts;
using PermanenciaAnalytics.Reports.Matching;
using PermanenciaAnalytics.Reports.Publishing.Model;
using ScottPlot;

namespace PermanenciaAnalytics.App.Web.Components.Support;

/// <summary>
/// Cumulative dropouts by month against the plan's target path, fed exactly as the publisher feeds
/// <see cref="MonthlyDropoutChart"/>: the institution's month rows, the year-end allowance of its targets over its grade
/// rows, and the months with a follow-up record (<c>InstitutionMonthlyTable</c> shows the same values as a table).
/// </summary>
internal static class InstitutionMonthlySection
{
    public const int Width = 900;
    public const int Height = 480;

    public static byte[] Png(InstitutionPublication institution, int year)
    {
        ArgumentNullException.ThrowIfNull(institution);
        var plot = MonthlyDropoutChart.Create(institution.InstitutionName, year, institution.ByMonth, Allowance(institution), FollowUpMonths(institution), institution.Options);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    public static decimal? Allowance(InstitutionPublication institution) => TargetPath.YearEndAllowance(institution.Plan, institution.ByGrade);

    public static List<int> FollowUpMonths(InstitutionPublication institution) =>
        institution.Plan?.FollowUps.Select(f => f.Month).ToList() ?? [];
}
