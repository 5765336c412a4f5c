DELETE
FROM plan_follow_up
WHERE plan_id = @PlanId AND month = @Month
