using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Core.Simpade;

/// <summary>
/// The 54 <c>SPD_RAZON_DESERC_*</c> flags of the SIMPADE desertores extract (domain.md §2) with a Spanish label and the
/// risk-factor category they belong to. The grouping follows domain.md §6, which is an inference, not a MEN table:
/// <c>OTRAS</c> has no natural family and is filed under contextual; a plan covers it only by naming it.
/// </summary>
public static class SimpadeReasonCatalog
{
    /// <summary>Prefix of the reason-flag columns in the SIMPADE extract.</summary>
    public const string ColumnPrefix = "SPD_RAZON_DESERC_";

    private const RiskFactorCategory I = RiskFactorCategory.Individual;
    private const RiskFactorCategory F = RiskFactorCategory.Familiar;
    private const RiskFactorCategory E = RiskFactorCategory.Escolar;
    private const RiskFactorCategory C = RiskFactorCategory.Contextual;

    // Header suffixes exactly as the extract writes them; the code is their normalised key.
    private static readonly (string Suffix, string Label, RiskFactorCategory Category)[] Source =
    [
        ("TRABAJAR", "Trabajar", I),
        ("PADRES_A_TEMPRANA_EDAD", "Padres a temprana edad", I),
        ("SALUD_DEL_ESTUDIANTE", "Salud del estudiante", I),
        ("EXTRAEDAD", "Extraedad", I),
        ("BAJO_RENDIMIENTO_ESCOLAR", "Bajo rendimiento escolar", I),
        ("PROBLEMAS_DE_LECTURA", "Problemas de lectura", I),
        ("PROBLEMAS_DE_ESCRITURA", "Problemas de escritura", I),
        ("PROBLEMAS_DE_ORALIDAD", "Problemas de oralidad", I),
        ("EXPULSION_DE_ESTUDIANTE", "Expulsión del estudiante", E),
        ("REPITENCIA", "Repitencia", I),
        ("POCO_GUSTO_POR_EL_ESTUDIO", "Poco gusto por el estudio", I),
        ("DIFICULTADES_ACADEMICAS", "Dificultades académicas", I),
        ("LAS_METODOLOGÍAS_Y_PROCESOS_PEDAGÓGICOS_NO_RESPONDEN_A_SUS_PARTICULARIDADES", "Las metodologías y procesos pedagógicos no responden a sus particularidades", E),
        ("NO_EXISTE_FORMACIÓN_SOBRE_PLAN_DE_VIDA", "No existe formación sobre plan de vida", E),
        ("NO_EXISTE_ORIENTACIÓN_SOCIO-OCUPACIONAL", "No existe orientación socio-ocupacional", E),
        ("PIENSA_QUE_EL_ESTUDIO_NO_LE_SERVIRÁ_DE_NADA", "Piensa que el estudio no le servirá de nada", I),
        ("CAMBIO_DE_RESIDENCIA", "Cambio de residencia", F),
        ("DESEMPLEO_DE_LOS_PADRES_O_ACUDIENTES", "Desempleo de los padres o acudientes", F),
        ("MUERTE_DE_LOS_PADRES", "Muerte de los padres", F),
        ("DESPLAZAMIENTO_FORZADO", "Desplazamiento forzado", F),
        ("POCA_IMPORTANCIA_A_LA_EDUCACIÓN_POR_PARTE_DE_LOS_PADRES_O_ACUDIENTES", "Poca importancia a la educación por parte de los padres o acudientes", F),
        ("CAMBIO_DE_PAIS", "Cambio de país", F),
        ("HACINAMIENTO", "Hacinamiento", F),
        ("PROBLEMAS_INFRAESTRUCTURA", "Problemas de infraestructura", E),
        ("TRATO_AGRESIVO", "Trato agresivo", E),
        ("DISCRIMINACION", "Discriminación", E),
        ("ESTABLECIMIENTO_EN_ZONA_NO_SEGURA", "Establecimiento en zona no segura", C),
        ("ESTABLECIMIENTO_EN_ZONA_LEJANA", "Establecimiento en zona lejana", E),
        ("ESTABLECIMIENTO_EN_ZONA_DE_DESASTRES", "Establecimiento en zona de desastres", C),
        ("OFERTA_INCOMPLETA_DE_GRADOS", "Oferta incompleta de grados", E),
        ("PLANTA_DOCENTE_INCOMPLETA", "Planta docente incompleta", E),
        ("INSUFICIENCIA_ATENCION_PSICOSOCIAL", "Insuficiencia de atención psicosocial", E),
        ("PRACTICAS_PEDAGOGICAS_INADECUADAS", "Prácticas pedagógicas inadecuadas", E),
        ("JORNADAS_NO_ADECUADAS_AL_TIEMPO_DEL_ESTUDIANTE", "Jornadas no adecuadas al tiempo del estudiante", E),
        ("COSTOS_EDUCATIVOS", "Costos educativos", E),
        ("OFERTA_NO_INCLUSIVA", "Oferta no inclusiva", E),
        ("CONFLICTOS_ENTRE_ESTUDIANTES", "Conflictos entre estudiantes", E),
        ("CONFLICTOS_ENTRE_DOCENTES", "Conflictos entre docentes", E),
        ("CONFLICTOS_ENTRE_DIRECTIVOS", "Conflictos entre directivos", E),
        ("CONFLICTOS_ENTRE_ESTUDIANTES_Y_DOCENTES", "Conflictos entre estudiantes y docentes", E),
        ("CONFLICTOS_ENTRE_ESTUDIANTES_Y_DIRECTIVOS", "Conflictos entre estudiantes y directivos", E),
        ("CONFLICTOS_ENTRE_DOCENTES_Y_DIRECTIVOS", "Conflictos entre docentes y directivos", E),
        ("PANDILLISMO", "Pandillismo", C),
        ("PROSTITUCION", "Prostitución", C),
        ("DROGADICCION", "Drogadicción", I),
        ("PRESENCIA_DE_GRUPOS_ARMADOS", "Presencia de grupos armados", C),
        ("INSEGURIDAD", "Inseguridad", C),
        ("ACOSO_ESCOLAR", "Acoso escolar", E),
        ("MATONEO_ESCOLAR_(BULLYING)", "Matoneo escolar (bullying)", E),
        ("PRESENCIA_DE_MINAS", "Presencia de minas", C),
        ("RIESGO_DE_RECLUTAMIENTO", "Riesgo de reclutamiento", C),
        ("CULTIVOS_ILICITOS", "Cultivos ilícitos", C),
        ("DISTANCIA_HOGAR_AL_ESTABLECIMIENTO", "Distancia del hogar al establecimiento", E),
        ("OTRAS", "Otras", C),
    ];

    private static readonly Dictionary<string, SimpadeReason> ByKey = BuildIndex();

    /// <summary>Every reason, in the column order of the extract.</summary>
    public static IReadOnlyList<SimpadeReason> All { get; } =
        Source.Select(s => new SimpadeReason(TextKey.Normalize(s.Suffix), s.Label, s.Category)).ToList();

    public static IEnumerable<SimpadeReason> InCategory(RiskFactorCategory category) =>
        All.Where(r => r.Category == category);

    /// <summary>
    /// Finds a reason by its code ("CAMBIO DE RESIDENCIA"), header suffix ("CAMBIO_DE_RESIDENCIA"), full column name
    /// ("SPD_RAZON_DESERC_CAMBIO_DE_RESIDENCIA") or Spanish label, ignoring case and accents.
    /// </summary>
    public static bool TryFind(string? text, out SimpadeReason reason)
    {
        var key = TextKey.Normalize(text);
        var prefix = TextKey.Normalize(ColumnPrefix);
        if (key.StartsWith(prefix + " ", StringComparison.Ordinal))
        {
            key = key[(prefix.Length + 1)..];
        }

        return ByKey.TryGetValue(key, out reason!);
    }

    /// <summary>
    /// The Spanish label of a stored reason code ("DESEMPLEO_DE_LOS_PADRES_O_ACUDIENTES" → "Desempleo de los padres o
    /// acudientes"), for people; an unknown code is shown as it came, so nothing the extract said is hidden.
    /// </summary>
    public static string LabelOf(string code) => TryFind(code, out var reason) ? reason.Label : code;

    private static Dictionary<string, SimpadeReason> BuildIndex()
    {
        var index = new Dictionary<string, SimpadeReason>(StringComparer.Ordinal);
        foreach (var (suffix, label, category) in Source)
        {
            var reason = new SimpadeReason(TextKey.Normalize(suffix), label, category);
            index[reason.Code] = reason;
            index.TryAdd(TextKey.Normalize(label), reason);
        }

        return index;
    }
}
