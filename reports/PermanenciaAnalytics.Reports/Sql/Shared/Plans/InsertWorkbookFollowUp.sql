-- Inserts a workbook month unless the month is already recorded (through the web form, after DeleteWorkbookFollowUpMonth).
INSERT INTO plan_follow_up (plan_id, month, students_at_risk, contacted, re_enrolled, strategies_carried_out, notes, source)
SELECT @PlanId, @Month, @StudentsAtRisk, @Contacted, @ReEnrolled, @StrategiesCarriedOut, @Notes, 'plan'
WHERE NOT EXISTS (SELECT 1 FROM plan_follow_up WHERE plan_id = @PlanId AND month = @Month)
