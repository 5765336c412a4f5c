INSERT INTO plan_risk_factor_reason (plan_id, line_no, reason_code)
VALUES (@PlanId, @LineNo, @ReasonCode)
