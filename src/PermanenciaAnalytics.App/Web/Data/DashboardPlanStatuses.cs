using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>Each institution's plan status against the 14 August deadline, for the dashboard's table and its ranking chart.</summary>
internal static class DashboardPlanStatuses
{
    public static IReadOnlyDictionary<string, PlanSubmissionStatus> For(IPublicationLookups lookups, int year, IEnumerable<string> institutions)
    {
        var plans = lookups.Plans(year);
        var deadline = PlanSubmission.DefaultDeadline(year);
        return institutions.Distinct(StringComparer.Ordinal).ToDictionary(
            dane => dane,
            dane => PlanSubmission.StatusOf(plans.TryGetValue(dane, out var plan) ? plan.SubmittedOn : null, deadline),
            StringComparer.Ordinal);
    }
}
