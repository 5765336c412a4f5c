SELECT s.plan_id AS PlanId, s.line_no AS LineNumber, s.scope_key AS ScopeKey
FROM plan_strategy_scope s
JOIN plan_header h ON h.plan_id = s.plan_id
WHERE h.school_year = @Year
ORDER BY s.plan_id, s.line_no, s.scope_key
