using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>
/// SQL of the plan tables (migrations 0040 and 0320). Parameterised; the same text serves both dialects except the insert that
/// returns the new id. <see cref="SqlServerStatements"/> lists the T-SQL path for the ScriptDom parse test.
/// </summary>
internal static class PlanSql
{
    public const string FindPlanId =
        "SELECT plan_id FROM plan_header WHERE institution_dane = @InstitutionDane AND school_year = @Year";

    public const string DeleteFollowUpMonth = "DELETE FROM plan_follow_up WHERE plan_id = @PlanId AND month = @Month";

    /// <summary>The kept header of an earlier version: its id and the first receipt that decides on time / late.</summary>
    public const string FindReceipt =
        "SELECT plan_id AS PlanId, submitted_on AS SubmittedOn FROM plan_header WHERE institution_dane = @InstitutionDane AND school_year = @Year";

    /// <summary>1 when the institution is in the catalogue (institution, filled by the SIMAT and SIMPADE loads).</summary>
    public const string InstitutionKnown =
        "SELECT COUNT(*) FROM institution WHERE institution_dane = @InstitutionDane";

    public const string CatalogueLoaded = "SELECT CASE WHEN EXISTS (SELECT 1 FROM institution) THEN 1 ELSE 0 END";

    /// <summary>
    /// A new version replaces the plan's parts but keeps the header row (so its plan_id, its first receipt and the
    /// follow-ups hanging from it): the follow-ups are not in this list.
    /// </summary>
    public static readonly string[] DeleteVersionParts =
    [
        "DELETE FROM plan_risk_factor_reason WHERE plan_id = @PlanId",
        "DELETE FROM plan_risk_factor WHERE plan_id = @PlanId",
        "DELETE FROM plan_protective_factor WHERE plan_id = @PlanId",
        "DELETE FROM plan_strategy_scope WHERE plan_id = @PlanId",
        "DELETE FROM plan_strategy WHERE plan_id = @PlanId",
        "DELETE FROM plan_target WHERE plan_id = @PlanId",
    ];

    /// <summary>The current version's own data; submitted_on and first_received_at (the first receipt) stay.</summary>
    public const string UpdateHeaderVersion =
        "UPDATE plan_header SET institution_name = @InstitutionName, declared_on = @DeclaredOn, source_file = @SourceFile, " +
        "source_sha256 = @SourceSha256, loaded_at = @LoadedAt WHERE plan_id = @PlanId";

    /// <summary>A month of the workbook's follow-up sheet replaces that month only when the workbook recorded it.</summary>
    public const string DeleteWorkbookFollowUpMonth =
        "DELETE FROM plan_follow_up WHERE plan_id = @PlanId AND month = @Month AND source = 'plan'";

    /// <summary>Inserts a workbook month unless the month is already recorded (through the web form, after the delete above).</summary>
    public const string InsertWorkbookFollowUp =
        "INSERT INTO plan_follow_up (plan_id, month, students_at_risk, contacted, re_enrolled, strategies_carried_out, notes, source) " +
        "SELECT @PlanId, @Month, @StudentsAtRisk, @Contacted, @ReEnrolled, @StrategiesCarriedOut, @Notes, 'plan' " +
        "WHERE NOT EXISTS (SELECT 1 FROM plan_follow_up WHERE plan_id = @PlanId AND month = @Month)";

    private const string HeaderColumns =
        "(institution_dane, school_year, institution_name, submitted_on, first_received_at, declared_on, source_file, source_sha256, loaded_at)";

    private const string HeaderValues =
        "(@InstitutionDane, @Year, @InstitutionName, @SubmittedOn, @LoadedAt, @DeclaredOn, @SourceFile, @SourceSha256, @LoadedAt)";

    public const string InsertHeaderSqlite =
        $"INSERT INTO plan_header {HeaderColumns} VALUES {HeaderValues} RETURNING plan_id";

    public const string InsertHeaderSqlServer =
        $"INSERT INTO plan_header {HeaderColumns} OUTPUT INSERTED.plan_id VALUES {HeaderValues}";

    public const string InsertRiskFactor =
        "INSERT INTO plan_risk_factor (plan_id, line_no, category, description) VALUES (@PlanId, @LineNo, @Category, @Description)";

    public const string InsertRiskFactorReason =
        "INSERT INTO plan_risk_factor_reason (plan_id, line_no, reason_code) VALUES (@PlanId, @LineNo, @ReasonCode)";

    public const string InsertProtectiveFactor =
        "INSERT INTO plan_protective_factor (plan_id, line_no, category, description) VALUES (@PlanId, @LineNo, @Category, @Description)";

    public const string InsertStrategy =
        "INSERT INTO plan_strategy (plan_id, line_no, name, strategy_type, target_population, responsible, start_date, end_date) " +
        "VALUES (@PlanId, @LineNo, @Name, @StrategyType, @TargetPopulation, @Responsible, @StartDate, @EndDate)";

    public const string InsertStrategyScope =
        "INSERT INTO plan_strategy_scope (plan_id, line_no, scope_key) VALUES (@PlanId, @LineNo, @ScopeKey)";

    public const string InsertTarget =
        "INSERT INTO plan_target (plan_id, scope_key, max_dropout_rate) VALUES (@PlanId, @ScopeKey, @MaxDropoutRate)";

    /// <summary>A month recorded through the web form: no later version of the workbook overwrites it.</summary>
    public const string InsertFollowUp =
        "INSERT INTO plan_follow_up (plan_id, month, students_at_risk, contacted, re_enrolled, strategies_carried_out, notes, source) " +
        "VALUES (@PlanId, @Month, @StudentsAtRisk, @Contacted, @ReEnrolled, @StrategiesCarriedOut, @Notes, 'formulario')";

    public const string SelectHeaders =
        "SELECT plan_id AS PlanId, institution_dane AS InstitutionDane, school_year AS Year, institution_name AS InstitutionName, " +
        "submitted_on AS SubmittedOn, declared_on AS DeclaredOn FROM plan_header WHERE school_year = @Year ORDER BY institution_dane";

    public const string SelectRiskFactors =
        "SELECT f.plan_id AS PlanId, f.line_no AS LineNumber, f.category AS Category, f.description AS Description FROM plan_risk_factor f " +
        "JOIN plan_header h ON h.plan_id = f.plan_id WHERE h.school_year = @Year ORDER BY f.plan_id, f.line_no";

    public const string SelectRiskFactorReasons =
        "SELECT r.plan_id AS PlanId, r.line_no AS LineNumber, r.reason_code AS ReasonCode FROM plan_risk_factor_reason r " +
        "JOIN plan_header h ON h.plan_id = r.plan_id WHERE h.school_year = @Year ORDER BY r.plan_id, r.line_no, r.reason_code";

    public const string SelectProtectiveFactors =
        "SELECT f.plan_id AS PlanId, f.line_no AS LineNumber, f.category AS Category, f.description AS Description FROM plan_protective_factor f " +
        "JOIN plan_header h ON h.plan_id = f.plan_id WHERE h.school_year = @Year ORDER BY f.plan_id, f.line_no";

    public const string SelectStrategies =
        "SELECT s.plan_id AS PlanId, s.line_no AS LineNumber, s.name AS Name, s.strategy_type AS StrategyType, s.target_population AS TargetPopulation, " +
        "s.responsible AS Responsible, s.start_date AS StartDate, s.end_date AS EndDate FROM plan_strategy s " +
        "JOIN plan_header h ON h.plan_id = s.plan_id WHERE h.school_year = @Year ORDER BY s.plan_id, s.line_no";

    public const string SelectStrategyScopes =
        "SELECT s.plan_id AS PlanId, s.line_no AS LineNumber, s.scope_key AS ScopeKey FROM plan_strategy_scope s " +
        "JOIN plan_header h ON h.plan_id = s.plan_id WHERE h.school_year = @Year ORDER BY s.plan_id, s.line_no, s.scope_key";

    public const string SelectTargets =
        "SELECT t.plan_id AS PlanId, t.scope_key AS ScopeKey, t.max_dropout_rate AS MaxDropoutRate FROM plan_target t " +
        "JOIN plan_header h ON h.plan_id = t.plan_id WHERE h.school_year = @Year ORDER BY t.plan_id, t.scope_key";

    public const string SelectFollowUps =
        "SELECT f.plan_id AS PlanId, f.month AS Month, f.students_at_risk AS StudentsAtRisk, f.contacted AS Contacted, f.re_enrolled AS ReEnrolled, " +
        "f.strategies_carried_out AS StrategiesCarriedOut, f.notes AS Notes FROM plan_follow_up f " +
        "JOIN plan_header h ON h.plan_id = f.plan_id WHERE h.school_year = @Year ORDER BY f.plan_id, f.month";

    public static string InsertHeader(SqlDialect dialect) =>
        dialect == SqlDialect.SqlServer ? InsertHeaderSqlServer : InsertHeaderSqlite;

    /// <summary>Every statement the SQL Server path runs, by name.</summary>
    public static IEnumerable<(string Name, string Text)> SqlServerStatements()
    {
        yield return (nameof(FindPlanId), FindPlanId);
        yield return (nameof(DeleteFollowUpMonth), DeleteFollowUpMonth);
        yield return (nameof(FindReceipt), FindReceipt);
        yield return (nameof(InstitutionKnown), InstitutionKnown);
        yield return (nameof(CatalogueLoaded), CatalogueLoaded);
        for (var i = 0; i < DeleteVersionParts.Length; i++)
        {
            yield return ($"{nameof(DeleteVersionParts)}[{i}]", DeleteVersionParts[i]);
        }

        yield return (nameof(UpdateHeaderVersion), UpdateHeaderVersion);
        yield return (nameof(DeleteWorkbookFollowUpMonth), DeleteWorkbookFollowUpMonth);
        yield return (nameof(InsertWorkbookFollowUp), InsertWorkbookFollowUp);
        yield return (nameof(InsertHeaderSqlServer), InsertHeaderSqlServer);
        yield return (nameof(InsertRiskFactor), InsertRiskFactor);
        yield return (nameof(InsertRiskFactorReason), InsertRiskFactorReason);
        yield return (nameof(InsertProtectiveFactor), InsertProtectiveFactor);
        yield return (nameof(InsertStrategy), InsertStrategy);
        yield return (nameof(InsertStrategyScope), InsertStrategyScope);
        yield return (nameof(InsertTarget), InsertTarget);
        yield return (nameof(InsertFollowUp), InsertFollowUp);
        yield return (nameof(SelectHeaders), SelectHeaders);
        yield return (nameof(SelectRiskFactors), SelectRiskFactors);
        yield return (nameof(SelectRiskFactorReasons), SelectRiskFactorReasons);
        yield return (nameof(SelectProtectiveFactors), SelectProtectiveFactors);
        yield return (nameof(SelectStrategies), SelectStrategies);
        yield return (nameof(SelectStrategyScopes), SelectStrategyScopes);
        yield return (nameof(SelectTargets), SelectTargets);
        yield return (nameof(SelectFollowUps), SelectFollowUps);
        yield return ("PlanLedger.FindLoaded", PlanLedger.FindLoaded);
        yield return ("PlanLedger.Insert", PlanLedger.Insert);
    }
}
