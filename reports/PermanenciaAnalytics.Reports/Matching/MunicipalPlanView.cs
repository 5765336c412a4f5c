using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;

namespace PermanenciaAnalytics.Reports.Matching;

/// <summary>One line of the municipal ranking.</summary>
public sealed record RankedInstitution(int Rank, IndicatorRow Indicators, PlanSubmissionStatus Submission);

/// <summary>
/// Municipal view: institutions ranked by dropout rate (highest first; ties by more dropouts, then DANE code;
/// institutions without enrolment last), each with its plan status, and the number of missing and late plans.
/// </summary>
public sealed record MunicipalPlanView(IReadOnlyList<RankedInstitution> Ranking, int MissingPlans, int LatePlans, int OnTimePlans)
{
    public static MunicipalPlanView Build(IReadOnlyList<IndicatorRow> byInstitution, IReadOnlyDictionary<string, PlanSubmissionStatus> submissions)
    {
        ArgumentNullException.ThrowIfNull(byInstitution);
        ArgumentNullException.ThrowIfNull(submissions);
        var ordered = byInstitution
            .OrderByDescending(r => r.DropoutRate ?? decimal.MinValue)
            .ThenByDescending(r => r.Dropouts)
            .ThenBy(r => r.InstitutionDane, StringComparer.Ordinal)
            .ToList();
        var ranking = ordered
            .Select((row, i) => new RankedInstitution(i + 1, row, StatusOf(row.InstitutionDane, submissions)))
            .ToList();
        return new MunicipalPlanView(
            ranking,
            ranking.Count(r => r.Submission == PlanSubmissionStatus.Missing),
            ranking.Count(r => r.Submission == PlanSubmissionStatus.Late),
            ranking.Count(r => r.Submission == PlanSubmissionStatus.OnTime));
    }

    private static PlanSubmissionStatus StatusOf(string? dane, IReadOnlyDictionary<string, PlanSubmissionStatus> submissions) =>
        dane is not null && submissions.TryGetValue(dane, out var status) ? status : PlanSubmissionStatus.Missing;
}
