namespace PermanenciaAnalytics.Core.Risk;

/// <summary>
/// The factors the risk index reads from the extracts (issue 14, docs/early-warning.md), in display order. The codes
/// are stable: they are the keys of <c>risk_factor_weight</c> and of the <c>factors</c> column of <c>risk</c>.
/// </summary>
public static class RiskFactorCatalog
{
    public const string ExtraEdad = "extra_edad";
    public const string Repitente = "repitente";
    public const string Nuevo = "nuevo";
    public const string GradeBack = "retroceso_grado";
    public const string Gap = "intermitencia";
    public const string TransferInYear = "traslado_en_anio";
    public const string PriorYearWithdrawal = "retiro_anio_anterior";
    public const string Migrant = "migrante";
    public const string Victim = "victima";
    public const string Disability = "discapacidad";
    public const string NightOrWeekend = "jornada_nocturna";
    public const string AdultCycle = "ciclo_adultos";
    public const string SedeHighDropout = "sede_desercion_alta";

    public static IReadOnlyList<RiskFactor> All { get; } =
    [
        new(ExtraEdad, "Extraedad (edad al 30 de junio ≥ grado + 8)"),
        new(Repitente, "Repitente (REPITENTE = S o el mismo grado del año anterior)"),
        new(Nuevo, "Nuevo en la institución"),
        new(GradeBack, "En un grado menor que el del año anterior"),
        new(Gap, "Ausente en un corte y matriculado de nuevo después"),
        new(TransferInYear, "Trasladado de institución durante el año"),
        new(PriorYearWithdrawal, "Desertó el año anterior"),
        new(Migrant, "Migrante (país de origen distinto de Colombia)"),
        new(Victim, "Víctima del conflicto armado"),
        new(Disability, "Con discapacidad"),
        new(NightOrWeekend, "Jornada nocturna o de fin de semana"),
        new(AdultCycle, "Ciclo de adultos (grados 21 a 26)"),
        new(SedeHighDropout, "Su sede tuvo deserción alta el año anterior"),
    ];

    private static readonly Dictionary<string, RiskFactor> ByCode = All.ToDictionary(f => f.Code, StringComparer.Ordinal);

    private static readonly Dictionary<string, int> Positions = All.Select((f, i) => (f.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    /// <summary>The Spanish label of <paramref name="code"/>, or the code itself when it is not in the catalogue.</summary>
    public static string Label(string code) => ByCode.TryGetValue(code, out var factor) ? factor.Label : code;

    /// <summary>Position of <paramref name="code"/> in <see cref="All"/> (feature column of the baseline model).</summary>
    public static int IndexOf(string code) => Positions.TryGetValue(code, out var index) ? index : -1;
}
