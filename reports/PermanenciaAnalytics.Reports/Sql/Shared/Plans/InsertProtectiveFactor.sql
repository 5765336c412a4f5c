INSERT INTO plan_protective_factor (plan_id, line_no, category, description)
VALUES (@PlanId, @LineNo, @Category, @Description)
