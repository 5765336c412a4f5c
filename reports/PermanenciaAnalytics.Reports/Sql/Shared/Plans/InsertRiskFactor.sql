INSERT INTO plan_risk_factor (plan_id, line_no, category, description)
VALUES (@PlanId, @LineNo, @Category, @Description)
