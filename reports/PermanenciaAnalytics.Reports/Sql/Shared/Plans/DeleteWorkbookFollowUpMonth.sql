-- A month of the workbook's follow-up sheet replaces that month only when the workbook recorded it.
DELETE
FROM plan_follow_up
WHERE plan_id = @PlanId AND month = @Month AND source = 'plan'
