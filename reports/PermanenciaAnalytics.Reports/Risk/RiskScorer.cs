using PermanenciaAnalytics.Core.Risk;

namespace PermanenciaAnalytics.Reports.Risk;

/// <summary>Scores students with one version of the risk model: factors, points, band.</summary>
public static class RiskScorer
{
    public static RiskListRow Score(RiskStudent student, RiskModel model)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(model);
        var factors = RiskFactorRules.Detect(student.Facts, model);
        var score = model.Score(factors);
        return new RiskListRow(student.InstitutionDane, student.StudentKey, student.Grade, score, model.BandOf(score), factors);
    }
}
