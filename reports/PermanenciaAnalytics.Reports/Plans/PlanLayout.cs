namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>
/// The plan template: six parts, the same in CSV (one file each, <c>;</c>, UTF-8 with BOM) and XLSX (one sheet each).
/// Lists inside a cell are separated by <c>|</c> (grades also by <c>,</c>).
/// </summary>
public static class PlanLayout
{
    public const string Dane = "Código DANE institución";
    public const string InstitutionName = "Nombre de la institución";
    public const string Year = "Año";
    public const string SubmittedOn = "Fecha de radicación";
    public const string Category = "Categoría";
    public const string Description = "Descripción";
    public const string Reasons = "Razones SIMPADE";
    public const string StrategyName = "Nombre de la estrategia";
    public const string StrategyTypeColumn = "Tipo";
    public const string Scopes = "Grados o niveles";
    public const string Population = "Población objetivo";
    public const string Responsible = "Responsable";
    public const string Start = "Fecha de inicio";
    public const string End = "Fecha de finalización";
    public const string Scope = "Grado o nivel";
    public const string MaxRate = "Tasa máxima de deserción (%)";
    public const string Month = "Mes";
    public const string AtRisk = "Estudiantes en riesgo";
    public const string Contacted = "Contactados";
    public const string ReEnrolled = "Reintegrados";
    public const string CarriedOut = "Estrategias realizadas";
    public const string Notes = "Observaciones";

    public static PlanPart Header { get; } = new(
        "plan.csv",
        "Plan",
        [new(Dane, true, Hint: "12 dígitos"), new(InstitutionName, false), new(Year, true), new(SubmittedOn, false, Hint: "AAAA-MM-DD; vacía = fecha de cargue")],
        ["154001000123", "Institución Educativa Ejemplo", "2025", "2025-08-10"]);

    public static PlanPart RiskFactors { get; } = new(
        "factores_riesgo.csv",
        "Factores de riesgo",
        [new(Category, true, PlanValueList.Category), new(Description, true), new(Reasons, false, Hint: "códigos separados por |; vacío = toda la categoría")],
        ["familiar", "Familias que migran entre Cúcuta y Venezuela durante el año", "CAMBIO DE RESIDENCIA|CAMBIO DE PAIS"]);

    public static PlanPart ProtectiveFactors { get; } = new(
        "factores_protectores.csv",
        "Factores protectores",
        [new(Category, true, PlanValueList.Category), new(Description, true)],
        ["escolar", "Comedor escolar con cobertura total (PAE)"]);

    public static PlanPart Strategies { get; } = new(
        "estrategias.csv",
        "Estrategias",
        [
            new(StrategyName, true), new(StrategyTypeColumn, true, PlanValueList.StrategyType),
            new(Scopes, false, Hint: "códigos de grado o niveles separados por , o |; vacío = toda la institución"),
            new(Population, true), new(Responsible, true), new(Start, true, Hint: "AAAA-MM-DD"), new(End, true, Hint: "AAAA-MM-DD"),
        ],
        ["Tutorías de lectura", "Tutorías", "6, 7", "Estudiantes con bajo rendimiento en lectura", "Coordinación académica", "2025-03-01", "2025-06-30"]);

    public static PlanPart Targets { get; } = new(
        "metas.csv",
        "Metas",
        [new(Scope, true), new(MaxRate, true, Hint: "por ejemplo 3,5")],
        ["secundaria", "4,0"]);

    public static PlanPart FollowUps { get; } = new(
        "seguimiento.csv",
        "Seguimiento",
        [
            new(Month, true, PlanValueList.Month), new(AtRisk, true), new(Contacted, true), new(ReEnrolled, true),
            new(CarriedOut, false, Hint: "nombres de estrategias separados por |"), new(Notes, false),
        ],
        ["marzo", "12", "10", "3", "Tutorías de lectura", "Visitas domiciliarias a cuatro familias"]);

    public static IReadOnlyList<PlanPart> Parts { get; } = [Header, RiskFactors, ProtectiveFactors, Strategies, Targets, FollowUps];

    /// <summary>Header text as shown in the template: the name, plus the hint in parentheses.</summary>
    public static string HeaderText(PlanColumn column) =>
        column.Hint is null ? column.Header : $"{column.Header} ({column.Hint})";
}
