using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Core.Simpade;
using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Reports.Matching;

/// <summary>
/// docs/plan-matching.md rule 3: a reason observed among the institution's SIMPADE dropouts is covered when a risk
/// factor lists its code, or when a risk factor that lists no code has the reason's category. Coverage is the share of
/// distinct observed reasons that are covered. Reasons with zero dropouts are not observed.
/// </summary>
public static class ReasonCoverageRule
{
    public static ReasonCoverage Assess(InstitutionPlan? plan, IReadOnlyDictionary<string, int> observedReasons)
    {
        ArgumentNullException.ThrowIfNull(observedReasons);
        var factors = plan?.RiskFactors ?? [];
        var listed = factors.SelectMany(f => f.ReasonCodes).Select(TextKey.Normalize).ToHashSet(StringComparer.Ordinal);
        var wholeCategories = factors.Where(f => f.ReasonCodes.Count == 0).Select(f => f.Category).ToHashSet();

        var covered = new List<ObservedReason>();
        var uncovered = new List<ObservedReason>();
        foreach (var (rawCode, count) in observedReasons.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            if (count <= 0)
            {
                continue;
            }

            var code = TextKey.Normalize(rawCode);
            var known = SimpadeReasonCatalog.TryFind(code, out var reason);
            var observed = new ObservedReason(code, known ? reason.Label : rawCode, count);
            var isCovered = listed.Contains(code) || (known && wholeCategories.Contains(reason.Category));
            (isCovered ? covered : uncovered).Add(observed);
        }

        return new ReasonCoverage(covered, uncovered, DropoutRate.Percent(covered.Count, covered.Count + uncovered.Count));
    }
}
