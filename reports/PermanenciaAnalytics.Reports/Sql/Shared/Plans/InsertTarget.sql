INSERT INTO plan_target (plan_id, scope_key, max_dropout_rate)
VALUES (@PlanId, @ScopeKey, @MaxDropoutRate)
