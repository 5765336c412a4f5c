using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Core.Simpade;

/// <summary>
/// Maps the 54 SIMPADE <c>SPD_RAZON_DESERC_*</c> reasons onto the four MEN categories (grouping of domain.md §6,
/// an inference from Bayona-Rodríguez et al. 2020). Keys are the reason codes as the loader stores them:
/// <see cref="TextKey.Normalize"/> of the suffix ("CAMBIO_DE_RESIDENCIA" → "CAMBIO DE RESIDENCIA").
/// Data, not logic: the plan matcher uses the same table to relate risk factors to reasons.
/// </summary>
public static class ReasonCategories
{
    private static readonly (ReasonCategory Category, string[] Suffixes)[] Table =
    [
        (ReasonCategory.Individual,
        [
            "TRABAJAR", "PADRES_A_TEMPRANA_EDAD", "SALUD_DEL_ESTUDIANTE", "EXTRAEDAD", "BAJO_RENDIMIENTO_ESCOLAR",
            "PROBLEMAS_DE_LECTURA", "PROBLEMAS_DE_ESCRITURA", "PROBLEMAS_DE_ORALIDAD", "REPITENCIA",
            "POCO_GUSTO_POR_EL_ESTUDIO", "DIFICULTADES_ACADEMICAS", "PIENSA_QUE_EL_ESTUDIO_NO_LE_SERVIRÁ_DE_NADA",
            "DROGADICCION",
        ]),
        (ReasonCategory.Familiar,
        [
            "CAMBIO_DE_RESIDENCIA", "CAMBIO_DE_PAIS", "DESEMPLEO_DE_LOS_PADRES_O_ACUDIENTES", "MUERTE_DE_LOS_PADRES",
            "POCA_IMPORTANCIA_A_LA_EDUCACIÓN_POR_PARTE_DE_LOS_PADRES_O_ACUDIENTES", "HACINAMIENTO", "DESPLAZAMIENTO_FORZADO",
        ]),
        (ReasonCategory.Escolar,
        [
            "EXPULSION_DE_ESTUDIANTE", "LAS_METODOLOGÍAS_Y_PROCESOS_PEDAGÓGICOS_NO_RESPONDEN_A_SUS_PARTICULARIDADES",
            "NO_EXISTE_FORMACIÓN_SOBRE_PLAN_DE_VIDA", "NO_EXISTE_ORIENTACIÓN_SOCIO-OCUPACIONAL", "PROBLEMAS_INFRAESTRUCTURA",
            "TRATO_AGRESIVO", "DISCRIMINACION", "OFERTA_INCOMPLETA_DE_GRADOS", "PLANTA_DOCENTE_INCOMPLETA",
            "INSUFICIENCIA_ATENCION_PSICOSOCIAL", "PRACTICAS_PEDAGOGICAS_INADECUADAS",
            "JORNADAS_NO_ADECUADAS_AL_TIEMPO_DEL_ESTUDIANTE", "COSTOS_EDUCATIVOS", "OFERTA_NO_INCLUSIVA",
            "CONFLICTOS_ENTRE_ESTUDIANTES", "CONFLICTOS_ENTRE_DOCENTES", "CONFLICTOS_ENTRE_DIRECTIVOS",
            "CONFLICTOS_ENTRE_ESTUDIANTES_Y_DOCENTES", "CONFLICTOS_ENTRE_ESTUDIANTES_Y_DIRECTIVOS",
            "CONFLICTOS_ENTRE_DOCENTES_Y_DIRECTIVOS", "ACOSO_ESCOLAR", "MATONEO_ESCOLAR_(BULLYING)",
            "DISTANCIA_HOGAR_AL_ESTABLECIMIENTO", "ESTABLECIMIENTO_EN_ZONA_LEJANA",
        ]),
        (ReasonCategory.Contextual,
        [
            "ESTABLECIMIENTO_EN_ZONA_NO_SEGURA", "ESTABLECIMIENTO_EN_ZONA_DE_DESASTRES", "PANDILLISMO", "PROSTITUCION",
            "PRESENCIA_DE_GRUPOS_ARMADOS", "INSEGURIDAD", "PRESENCIA_DE_MINAS", "RIESGO_DE_RECLUTAMIENTO", "CULTIVOS_ILICITOS",
        ]),
        (ReasonCategory.Otra, ["OTRAS"]),
    ];

    private static readonly Dictionary<string, ReasonCategory> ByCode = Table
        .SelectMany(entry => entry.Suffixes.Select(suffix => (Code: TextKey.Normalize(suffix), entry.Category)))
        .ToDictionary(x => x.Code, x => x.Category, StringComparer.Ordinal);

    /// <summary>Every known reason code (normalised), 54 in all.</summary>
    public static IReadOnlyCollection<string> KnownCodes => ByCode.Keys;

    /// <summary>Category of a stored reason code; <see cref="ReasonCategory.Otra"/> for codes not in the catalogue.</summary>
    public static ReasonCategory CategoryOf(string reasonCode) =>
        ByCode.TryGetValue(TextKey.Normalize(reasonCode), out var category) ? category : ReasonCategory.Otra;

    /// <summary>Codes of one category, for SQL <c>IN @codes</c> filters.</summary>
    public static IReadOnlyList<string> CodesOf(ReasonCategory category) =>
        ByCode.Where(kv => kv.Value == category).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();

    public static string Key(ReasonCategory category) => category switch
    {
        ReasonCategory.Individual => "individual",
        ReasonCategory.Familiar => "familiar",
        ReasonCategory.Escolar => "escolar",
        ReasonCategory.Contextual => "contextual",
        _ => "otra",
    };

    public static string Display(ReasonCategory category) => category switch
    {
        ReasonCategory.Individual => "Individual",
        ReasonCategory.Familiar => "Familiar",
        ReasonCategory.Escolar => "Escolar / institucional",
        ReasonCategory.Contextual => "Contextual",
        _ => "Otra",
    };
}
