namespace PermanenciaAnalytics.Core.Plans;

/// <summary>Kinds of retention strategy a plan lists (MEN "estrategias de permanencia" and Cúcuta practice).</summary>
public enum StrategyType
{
    Pae,
    Transporte,
    Tutorias,
    BusquedaActiva,
    EscuelaDePadres,
    ApoyoPsicosocial,
    KitsEscolares,
    ModelosFlexibles,
    Otra,
}
