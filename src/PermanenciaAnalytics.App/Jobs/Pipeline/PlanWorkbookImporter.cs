using System.Globalization;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Plans;

namespace PermanenciaAnalytics.App.Jobs.Pipeline;

/// <summary>
/// Inbox plan workbooks (<c>.xlsx</c> of the published template) go to the plan loader, which validates the whole plan,
/// replaces that institution's plan for the year or refuses it, and writes its own <c>load_ledger</c> row (kind
/// <c>plan</c>). Plans change no student outcome, so the result carries no cut and asks for no recompute.
/// </summary>
internal static class PlanWorkbookImporter
{
    public static bool Handles(string path) => string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase);

    public static ImportResult Import(DatabaseTarget database, string path, DateTime nowUtc)
    {
        var result = PlanLoader.Load(database, [path], DateOnly.FromDateTime(nowUtc), nowUtc).Single();
        var file = Path.GetFileName(path);
        if (result.Duplicate)
        {
            return new ImportResult(ImportStatus.SkippedDuplicate, "plan", null, 0, 0, 0, $"El plan '{file}' ya estaba cargado (mismo contenido); no se cambió nada.");
        }

        if (result.Plan is { } plan)
        {
            var parts = plan.RiskFactors.Count + plan.ProtectiveFactors.Count + plan.Strategies.Count + plan.Targets.Count + plan.FollowUps.Count;
            return new ImportResult(ImportStatus.Loaded, "plan", null, parts, parts, 0, string.Create(CultureInfo.InvariantCulture,
                $"Plan de la institución {plan.InstitutionDane}, año {plan.Year}, cargado desde '{file}'."));
        }

        var first = result.Errors.Count > 0 ? result.Errors[0].ToString() : "no es un plan reconocible";
        return new ImportResult(ImportStatus.Refused, "plan", null, 0, 0, result.Errors.Count,
            string.Create(CultureInfo.InvariantCulture, $"El plan '{file}' fue rechazado y no se cargó nada: {result.Errors.Count} error(es); el primero: {first}"));
    }
}
