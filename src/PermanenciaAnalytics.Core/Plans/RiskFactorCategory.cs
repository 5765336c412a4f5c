namespace PermanenciaAnalytics.Core.Plans;

/// <summary>
/// The four families of dropout factors used by MEN and the Cúcuta circular (domain.md §6):
/// individual, familiar, escolar-institucional and contextual.
/// </summary>
public enum RiskFactorCategory
{
    Individual,
    Familiar,
    Escolar,
    Contextual,
}
