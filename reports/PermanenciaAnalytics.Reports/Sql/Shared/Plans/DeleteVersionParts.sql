-- A new version replaces the plan's parts but keeps the header row (so its plan_id, its first receipt and the
-- follow-ups hanging from it): the follow-ups are not deleted here.
DELETE FROM plan_risk_factor_reason WHERE plan_id = @PlanId;
DELETE FROM plan_risk_factor WHERE plan_id = @PlanId;
DELETE FROM plan_protective_factor WHERE plan_id = @PlanId;
DELETE FROM plan_strategy_scope WHERE plan_id = @PlanId;
DELETE FROM plan_strategy WHERE plan_id = @PlanId;
DELETE FROM plan_target WHERE plan_id = @PlanId;
