using PermanenciaAnalytics.Core.Risk;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Risk;

/// <summary>The risk list of a year: every student MATRICULADO at the year's latest loaded cut, scored with the model in force.</summary>
public static class RiskList
{
    /// <summary>The rows, highest score first (then institution, grade and student); empty when the year has no cut.</summary>
    /// <param name="target">The reporting database.</param>
    /// <param name="year">The school year.</param>
    /// <param name="institutionDane">Only this institution, or every one when null.</param>
    /// <param name="model">The model to score with; the version in force when null.</param>
    public static IReadOnlyList<RiskListRow> For(DatabaseTarget target, int year, string? institutionDane = null, RiskModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var cuts = RiskStudentReader.Cuts(target, year);
        if (cuts.Count == 0)
        {
            return [];
        }

        model ??= RiskModelStore.Current(target);
        var rows = RiskStudentReader.Read(target, year, cuts[^1], institutionDane, cuts).Select(s => RiskScorer.Score(s, model));
        return rows
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.InstitutionDane, StringComparer.Ordinal)
            .ThenBy(r => r.Grade)
            .ThenBy(r => r.StudentKey, StringComparer.Ordinal)
            .ToList();
    }
}
