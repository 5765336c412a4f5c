SELECT f.plan_id AS PlanId, f.month AS Month, f.students_at_risk AS StudentsAtRisk, f.contacted AS Contacted, f.re_enrolled AS ReEnrolled, f.strategies_carried_out AS StrategiesCarriedOut, f.notes AS Notes
FROM plan_follow_up f
JOIN plan_header h ON h.plan_id = f.plan_id
WHERE h.school_year = @Year
ORDER BY f.plan_id, f.month
