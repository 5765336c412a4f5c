using PermanenciaAnalytics.Core.Plans;

namespace PermanenciaAnalytics.App.Web.Exports;

/// <summary>A plan's monthly follow-up records as a download (counts and the institution's own notes).</summary>
internal static class PlanTables
{
    public static ExportTable FollowUps(int year, InstitutionPlan? plan) => new(
        "seguimiento-plan",
        $"Seguimientos del plan de permanencia, {year}",
        [new("Mes"), new("En riesgo", ExportKind.Count), new("Contactados", ExportKind.Count), new("Reintegrados", ExportKind.Count),
            new("Estrategias realizadas"), new("Notas")],
        [.. (plan?.FollowUps ?? []).OrderBy(f => f.Month).Select(f => (object?[])[SpanishMonths.Name(f.Month), (long)f.StudentsAtRisk, (long)f.Contacted,
            (long)f.ReEnrolled, string.Join(", ", f.StrategiesCarriedOut), f.Notes])]);
}
