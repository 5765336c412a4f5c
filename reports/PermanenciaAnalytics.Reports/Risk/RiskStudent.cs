using PermanenciaAnalytics.Core.Risk;

namespace PermanenciaAnalytics.Reports.Risk;

/// <summary>
/// A student enrolled at the scoring cut: placement, the group attributes the fairness audit splits by, and the facts
/// the factors are read from.
/// </summary>
public sealed record RiskStudent(
    string StudentKey,
    string InstitutionDane,
    string? SedeDane,
    string? Sex,
    string? Zona,
    string? Etnia,
    RiskStudentFacts Facts)
{
    public int Grade => Facts.Grade;

    public bool IsMigrant => RiskFactorRules.IsMigrant(Facts.CountryOrigin);
}
