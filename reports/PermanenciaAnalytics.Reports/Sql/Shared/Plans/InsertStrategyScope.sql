INSERT INTO plan_strategy_scope (plan_id, line_no, scope_key)
VALUES (@PlanId, @LineNo, @ScopeKey)
