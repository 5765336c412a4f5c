-- A month recorded through the web form: no later version of the workbook overwrites it.
INSERT INTO plan_follow_up (plan_id, month, students_at_risk, contacted, re_enrolled, strategies_carried_out, notes, source)
VALUES (@PlanId, @Month, @StudentsAtRisk, @Contacted, @ReEnrolled, @StrategiesCarriedOut, @Notes, 'formulario')
