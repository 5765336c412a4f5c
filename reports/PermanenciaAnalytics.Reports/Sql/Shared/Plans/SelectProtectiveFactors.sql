SELECT f.plan_id AS PlanId, f.line_no AS LineNumber, f.category AS Category, f.description AS Description
FROM plan_protective_factor f
JOIN plan_header h ON h.plan_id = f.plan_id
WHERE h.school_year = @Year
ORDER BY f.plan_id, f.line_no
