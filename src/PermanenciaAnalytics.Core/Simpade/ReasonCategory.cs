namespace PermanenciaAnalytics.Core.Simpade;

/// <summary>The four MEN families of dropout factors (domain.md §6), plus reasons SIMPADE leaves unclassified.</summary>
public enum ReasonCategory
{
    Individual,
    Familiar,
    Escolar,
    Contextual,
    Otra,
}
