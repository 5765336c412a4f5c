namespace PermanenciaAnalytics.Synthetic;

/// <summary>Word lists the generator draws from. Person names are common Spanish names combined at random: fake people.</summary>
internal static class SyntheticCatalogs
{
    public static readonly string[] InstitutionPatrons =
    [
        "SIMÓN BOLÍVAR", "FRANCISCO DE PAULA SANTANDER", "JOSÉ EUSEBIO CARO", "SAGRADO CORAZÓN DE JESÚS", "SANTO ÁNGEL",
        "CLARETIANO", "JULIO PÉREZ FERRERO", "ANTONIA SANTOS", "POLICARPA SALAVARRIETA", "CAMILO TORRES",
        "JORGE ELIÉCER GAITÁN", "LA SALLE", "PABLO CORREA LEÓN", "MUNICIPAL AEROPUERTO", "GUAIMARAL", "LOS ANDES",
        "NUESTRA SEÑORA DE BELÉN", "SANTOS APÓSTOLES", "JUAN PABLO I", "CARLOS RAMÍREZ PARÍS", "EL RODEO", "LA INSULA",
        "BOCONÓ", "CÍRCULO DE OBREROS", "FE Y ALEGRÍA", "LA FRONTERA", "MARÍA CONCEPCIÓN LOPERENA", "ORIENTAL",
        "SAN JOSÉ DE CÚCUTA", "HERMANO RODOLFO ELÍAS", "ANDRÉS BELLO", "MERCEDES ÁBREGO", "LUIS CARLOS GALÁN",
        "ATALAYA", "ROSARIO DE CÚCUTA", "JAIME GARZÓN", "GENERAL SANTANDER", "NACIONAL SUCRE", "EUSTORGIO COLMENARES",
        "PRESBÍTERO DANIEL JORDÁN", "EL SALADO", "ALONSO CARVAJAL PERALTA", "NUEVO HORIZONTE", "RAFAEL URIBE URIBE",
        "CAMPO ALEGRE", "BRISAS DEL PAMPLONITA", "CLUB DE LEONES", "ANTONIO NARIÑO", "VIRGILIO BARCO VARGAS",
        "LA MERCED", "SAN FRANCISCO DE ASÍS", "JESÚS MAESTRO", "CRISTO REY", "MONSEÑOR JAIME PRIETO AMAYA",
        "BUENA ESPERANZA", "SANTA TERESA", "PATIOS CENTRO", "GUSTAVO ROJAS PINILLA", "SAN MARTÍN", "EL TAMBORIL",
        "JUAN FRITO", "PALMARITO", "PUERTO VILLAMIZAR", "AGUA CLARA", "SAN FAUSTINO", "RICAURTE",
    ];

    public static readonly string[] SedeNames =
    [
        "SEDE PRINCIPAL", "ESCUELA LA LIBERTAD", "ESCUELA MOTILONES", "CENTRO EDUCATIVO COMUNEROS", "ESCUELA EL CONTENTO",
        "ESCUELA CHAPINERO", "ESCUELA LA PLAYA", "ESCUELA QUINTA ORIENTAL", "ESCUELA PRADOS DEL ESTE", "ESCUELA BELÉN",
        "ESCUELA SAN LUIS", "ESCUELA CLARET", "ESCUELA CÚCUTA 75", "ESCUELA JUAN ATALAYA", "ESCUELA SEVILLA",
        "ESCUELA TRIGAL DEL NORTE", "ESCUELA NIZA", "ESCUELA TORCOROMA", "ESCUELA LOMA DE BOLÍVAR", "ESCUELA CARORA",
        "ESCUELA RURAL LA JARRA", "ESCUELA RURAL BUENA VISTA", "ESCUELA RURAL SAN PEDRO", "ESCUELA RURAL EL PORVENIR",
    ];

    public static readonly string[] Barrios =
    [
        "LA LIBERTAD", "ATALAYA", "MOTILONES", "COMUNEROS", "EL CONTENTO", "CHAPINERO", "LA PLAYA", "QUINTA ORIENTAL",
        "CAOBOS", "PRADOS DEL ESTE", "BELÉN", "SAN LUIS", "AEROPUERTO", "CLARET", "CÚCUTA 75", "ANTONIA SANTOS",
        "SEVILLA", "TRIGAL DEL NORTE", "NIZA", "TORCOROMA", "LOMA DE BOLÍVAR", "CARORA", "EL SALADO", "OSPINA PÉREZ",
        "LOS ALPES", "TOLEDO PLATA", "LA CABRERA", "GAITÁN", "PANAMERICANO", "VALLE ESTHER", "LA PRIMAVERA", "EL ROSAL",
    ];

    public static readonly string[] MaleNames =
    [
        "SANTIAGO", "SEBASTIÁN", "MATÍAS", "SAMUEL", "ALEJANDRO", "NICOLÁS", "DANIEL", "DAVID", "JUAN", "JOSÉ", "ANDRÉS",
        "MIGUEL", "ÁNGEL", "CARLOS", "LUIS", "JESÚS", "EMMANUEL", "THIAGO", "JERÓNIMO", "MAXIMILIANO", "DIEGO", "JULIÁN",
        "FELIPE", "ESTEBAN", "CRISTIAN", "KEVIN", "BRAYAN", "JHON", "ELÍAS", "GABRIEL",
    ];

    public static readonly string[] FemaleNames =
    [
        "SOFÍA", "VALENTINA", "ISABELLA", "MARIANA", "GABRIELA", "SARA", "DANIELA", "VALERIA", "SALOMÉ", "LUCIANA",
        "MARÍA", "CAMILA", "ANA", "LAURA", "PAULA", "ANDREA", "NATALIA", "JULIANA", "ALEJANDRA", "XIMENA", "ANTONELLA",
        "EMILY", "NICOLE", "KAREN", "YULIANA", "ÁNGELA", "LUISA", "FERNANDA", "SHARON", "ZHARICK",
    ];

    public static readonly string[] Surnames =
    [
        "RODRÍGUEZ", "GARCÍA", "MARTÍNEZ", "GÓMEZ", "LÓPEZ", "GONZÁLEZ", "HERNÁNDEZ", "PÉREZ", "SÁNCHEZ", "RAMÍREZ",
        "TORRES", "FLÓREZ", "RIVERA", "JAIMES", "CONTRERAS", "PEÑA", "ORTIZ", "MORENO", "ROJAS", "SUÁREZ", "VARGAS",
        "CASTRO", "DUARTE", "VILLAMIZAR", "QUINTERO", "PARADA", "CARRILLO", "SEPÚLVEDA", "MENDOZA", "ÁLVAREZ", "CÁCERES",
        "IBÁÑEZ", "OMAÑA", "GUERRERO", "ORTEGA", "ARAQUE", "BAUTISTA", "CAMARGO", "DELGADO", "ESPINEL", "NÚÑEZ", "YÁÑEZ",
    ];

    public static readonly string[] Eps =
    [
        "NUEVA EPS", "COOSALUD", "SANITAS", "SALUD TOTAL", "COMPARTA", "FAMISANAR", "ASMET SALUD", "NO AFILIADO",
    ];

    public static readonly string[] BloodTypes = ["O+", "O+", "O+", "A+", "A+", "B+", "AB+", "O-", "A-"];

    public static readonly string[] Sisben = ["A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "B5", "B6", "C1", "C3", "C6", "D2", "NO APLICA"];

    public static readonly double[] SisbenWeights = [6, 6, 7, 7, 6, 8, 8, 7, 6, 5, 4, 5, 4, 3, 2, 8];

    public static readonly string[] Etnias = ["NO APLICA", "AFROCOLOMBIANO", "INDÍGENA", "NEGRITUDES", "RAIZAL", "ROM"];

    public static readonly double[] EtniaWeights = [93.5, 3, 1.5, 1.2, 0.3, 0.5];

    public static readonly string[] Discapacidades =
    [
        "NO APLICA", "DISCAPACIDAD INTELECTUAL", "DISCAPACIDAD PSICOSOCIAL", "DISCAPACIDAD FÍSICA", "DISCAPACIDAD AUDITIVA",
        "DISCAPACIDAD VISUAL", "TRASTORNO DEL ESPECTRO AUTISTA",
    ];

    public static readonly double[] DiscapacidadWeights = [95.5, 2, 0.8, 0.6, 0.4, 0.4, 0.3];

    public static readonly double[] EstratoWeights = [6, 52, 27, 11, 3, 0.7, 0.3];

    /// <summary>
    /// MOTIVO of a dropout's RETIRADO row. None names a move inside Colombia or a death: rule 5b would take such a
    /// student out of the dropouts, and these students are the generator's dropouts.
    /// </summary>
    public static readonly string[] RetirementReasons =
    [
        "NO CONTINUÓ EN EL ESTABLECIMIENTO EDUCATIVO", "DIFICULTADES ECONÓMICAS DE LA FAMILIA", "RETIRO VOLUNTARIO",
        "CAMBIO DE PAÍS", "DESERCIÓN",
    ];

    public const string TransferReason = "TRASLADO A OTRA INSTITUCIÓN";

    public static readonly string[] GradeWords =
    [
        "TRANSICIÓN", "PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "QUINTO", "SEXTO", "SÉPTIMO", "OCTAVO", "NOVENO",
        "DÉCIMO", "ONCE",
    ];

    /// <summary>SIMPADE's word for a grade code ("OCTAVO", "CICLO 3 ADULTOS").</summary>
    public static string SimpadeGradeName(int grade) => grade switch
    {
        -2 => "PREJARDÍN",
        -1 => "JARDÍN",
        >= 0 and <= 11 => GradeWords[grade],
        >= 21 and <= 26 => $"CICLO {grade - 20} ADULTOS",
        99 => "ACELERACIÓN DEL APRENDIZAJE",
        _ => "SIN GRADO",
    };
}
