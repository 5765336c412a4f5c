SELECT s.plan_id AS PlanId, s.line_no AS LineNumber, s.name AS Name, s.strategy_type AS StrategyType, s.target_population AS TargetPopulation, s.responsible AS Responsible, s.start_date AS StartDate, s.end_date AS EndDate
FROM plan_strategy s
JOIN plan_header h ON h.plan_id = s.plan_id
WHERE h.school_year = @Year
ORDER BY s.plan_id, s.line_no
