SELECT r.plan_id AS PlanId, r.line_no AS LineNumber, r.reason_code AS ReasonCode
FROM plan_risk_factor_reason r
JOIN plan_header h ON h.plan_id = r.plan_id
WHERE h.school_year = @Year
ORDER BY r.plan_id, r.line_no, r.reason_code
