SELECT t.plan_id AS PlanId, t.scope_key AS ScopeKey, t.max_dropout_rate AS MaxDropoutRate
FROM plan_target t
JOIN plan_header h ON h.plan_id = t.plan_id
WHERE h.school_year = @Year
ORDER BY t.plan_id, t.scope_key
