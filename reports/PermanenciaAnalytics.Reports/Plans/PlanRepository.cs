using System.Data.Common;
using Dapper;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>
/// Stores plans (migrations 0040, 0320). <see cref="Replace"/> writes one version of a plan in one transaction, so a
/// plan is loaded entirely or not at all. A new version of the same institution and year replaces the parts but keeps
/// the header row: its first receipt (which decides on time / late) and the follow-ups recorded through the web form.
/// </summary>
public static class PlanRepository
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(PlanRepository).Assembly);
    /// <summary>
    /// Stores <paramref name="plan"/> as the current version. The first version's <see cref="InstitutionPlan.SubmittedOn"/>
    /// (the caller's receipt date) and <paramref name="loadedAt"/> become the first receipt; later versions keep it.
    /// Returns the stored plan (with the kept receipt date).
    /// </summary>
    public static InstitutionPlan Replace(DatabaseTarget target, InstitutionPlan plan, string sourceFile, string sha256, DateTime loadedAt, int rowsRead = 0)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(plan);
        using var connection = target.Open();
        using var transaction = connection.BeginTransaction();
        var previous = connection.QuerySingleOrDefault<PlanRows.Receipt>(Sql(target, "FindReceipt"), new { plan.InstitutionDane, plan.Year }, transaction);
        long planId;
        var stored = plan;
        var declaredOn = plan.DeclaredOn;
        if (previous is not null)
        {
            planId = previous.PlanId;
            connection.Execute(Sql(target, "DeleteVersionParts"), new { PlanId = planId }, transaction);

            connection.Execute(Sql(target, "UpdateHeaderVersion"), new
            {
                PlanId = planId, plan.InstitutionName, DeclaredOn = declaredOn, SourceFile = sourceFile, SourceSha256 = sha256, LoadedAt = loadedAt,
            }, transaction);
            stored = plan with { SubmittedOn = PlanRows.ToDate(previous.SubmittedOn) };
        }
        else
        {
            planId = connection.ExecuteScalar<long>(Sql(target, "InsertHeader"), new
            {
                plan.InstitutionDane,
                plan.Year,
                plan.InstitutionName,
                plan.SubmittedOn,
                DeclaredOn = declaredOn,
                SourceFile = sourceFile,
                SourceSha256 = sha256,
                LoadedAt = loadedAt,
            }, transaction);
        }

        InsertParts(target, connection, transaction, planId, plan);
        PlanLedger.Record(target.Dialect, connection, transaction, new PlanLedgerEntry(sourceFile, sha256, plan.Year, "loaded", rowsRead, rowsRead, 0, loadedAt, null));
        transaction.Commit();
        return stored;
    }

    private static void InsertParts(DatabaseTarget target, DbConnection connection, DbTransaction transaction, long planId, InstitutionPlan plan)
    {
        for (var i = 0; i < plan.RiskFactors.Count; i++)
        {
            var factor = plan.RiskFactors[i];
            connection.Execute(Sql(target, "InsertRiskFactor"), new { PlanId = planId, LineNo = i + 1, Category = RiskFactorCategoryNames.Label(factor.Category), factor.Description }, transaction);
            connection.Execute(Sql(target, "InsertRiskFactorReason"), factor.ReasonCodes.Select(code => new { PlanId = planId, LineNo = i + 1, ReasonCode = code }), transaction);
        }

        for (var i = 0; i < plan.ProtectiveFactors.Count; i++)
        {
            var factor = plan.ProtectiveFactors[i];
            connection.Execute(Sql(target, "InsertProtectiveFactor"), new { PlanId = planId, LineNo = i + 1, Category = RiskFactorCategoryNames.Label(factor.Category), factor.Description }, transaction);
        }

        for (var i = 0; i < plan.Strategies.Count; i++)
        {
            var s = plan.Strategies[i];
            connection.Execute(Sql(target, "InsertStrategy"), new
            {
                PlanId = planId, LineNo = i + 1, s.Name, StrategyType = s.Type.ToString(), s.TargetPopulation, s.Responsible,
                StartDate = s.Start, EndDate = s.End,
            }, transaction);
            connection.Execute(Sql(target, "InsertStrategyScope"), s.Scopes.Select(x => x.Key).Distinct().Select(key => new { PlanId = planId, LineNo = i + 1, ScopeKey = key }), transaction);
        }

        connection.Execute(Sql(target, "InsertTarget"), plan.Targets.Select(t => new { PlanId = planId, ScopeKey = t.Scope.Key, t.MaxDropoutRate }), transaction);
        var followUps = plan.FollowUps.Select(f => new
        {
            PlanId = planId, f.Month, f.StudentsAtRisk, f.Contacted, f.ReEnrolled,
            StrategiesCarriedOut = string.Join('|', f.StrategiesCarriedOut), f.Notes,
        }).ToList();
        connection.Execute(Sql(target, "DeleteWorkbookFollowUpMonth"), followUps, transaction);
        connection.Execute(Sql(target, "InsertWorkbookFollowUp"), followUps, transaction);
    }

    /// <summary>
    /// Records (or replaces) one month's follow-up of an institution's loaded plan, as a rector does from the web form.
    /// Returns false when the institution has no plan for the year. A later version of the plan workbook keeps it: the
    /// workbook's follow-up sheet never overwrites a month recorded here.
    /// </summary>
    public static bool RecordFollowUp(DatabaseTarget target, string institutionDane, int year, PlanFollowUp followUp)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(followUp);
        ArgumentOutOfRangeException.ThrowIfLessThan(followUp.Month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(followUp.Month, 12);
        using var connection = target.Open();
        using var transaction = connection.BeginTransaction();
        var planId = connection.ExecuteScalar<long?>(Sql(target, "FindPlanId"), new { InstitutionDane = institutionDane, Year = year }, transaction);
        if (planId is null)
        {
            return false;
        }

        connection.Execute(Sql(target, "DeleteFollowUpMonth"), new { PlanId = planId, followUp.Month }, transaction);
        connection.Execute(Sql(target, "InsertFollowUp"), new
        {
            PlanId = planId, followUp.Month, followUp.StudentsAtRisk, followUp.Contacted, followUp.ReEnrolled,
            StrategiesCarriedOut = string.Join('|', followUp.StrategiesCarriedOut), followUp.Notes,
        }, transaction);
        transaction.Commit();
        return true;
    }

    /// <summary>Every plan of a year, by institution DANE code.</summary>
    public static IReadOnlyDictionary<string, InstitutionPlan> LoadYear(DatabaseTarget target, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        var p = new { Year = year };
        var headers = connection.Query<PlanRows.Header>(Sql(target, "SelectHeaders"), p).ToList();
        var reasons = connection.Query<PlanRows.Reason>(Sql(target, "SelectRiskFactorReasons"), p).ToLookup(r => (r.PlanId, r.LineNumber), r => r.ReasonCode);
        var risks = connection.Query<PlanRows.Factor>(Sql(target, "SelectRiskFactors"), p).ToLookup(r => r.PlanId);
        var protective = connection.Query<PlanRows.Factor>(Sql(target, "SelectProtectiveFactors"), p).ToLookup(r => r.PlanId);
        var scopes = connection.Query<PlanRows.Scope>(Sql(target, "SelectStrategyScopes"), p).ToLookup(r => (r.PlanId, r.LineNumber), r => r.ScopeKey);
        var strategies = connection.Query<PlanRows.Strategy>(Sql(target, "SelectStrategies"), p).ToLookup(r => r.PlanId);
        var targets = connection.Query<PlanRows.Target>(Sql(target, "SelectTargets"), p).ToLookup(r => r.PlanId);
        var followUps = connection.Query<PlanRows.FollowUp>(Sql(target, "SelectFollowUps"), p).ToLookup(r => r.PlanId);
        return headers.ToDictionary(h => h.InstitutionDane, h => new InstitutionPlan
        {
            InstitutionDane = h.InstitutionDane,
            Year = h.Year,
            InstitutionName = h.InstitutionName,
            SubmittedOn = PlanRows.ToDate(h.SubmittedOn),
            DeclaredOn = h.DeclaredOn is null or DBNull ? null : PlanRows.ToDate(h.DeclaredOn),
            RiskFactors = risks[h.PlanId].Select(f => new PlanRiskFactor(PlanRows.ToCategory(f.Category), f.Description, reasons[(h.PlanId, f.LineNumber)].ToList())).ToList(),
            ProtectiveFactors = protective[h.PlanId].Select(f => new PlanProtectiveFactor(PlanRows.ToCategory(f.Category), f.Description)).ToList(),
            Strategies = strategies[h.PlanId].Select(s => s.ToStrategy(scopes[(h.PlanId, s.LineNumber)])).ToList(),
            Targets = targets[h.PlanId].Select(t => t.ToTarget()).ToList(),
            FollowUps = followUps[h.PlanId].Select(f => f.ToFollowUp()).ToList(),
        }, StringComparer.Ordinal);
    }

    private static string Sql(DatabaseTarget target, string name) => Scripts.Read(target.Dialect, "Plans", name);
}
