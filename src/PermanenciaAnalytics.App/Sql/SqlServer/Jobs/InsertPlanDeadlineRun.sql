-- One run of the plan-deadline job (DANE codes only).
INSERT INTO dbo.plan_deadline_run (run_at, school_year, deadline, checked, missing_count, late_count, missing_dane, late_dane)
VALUES (@runAt, @year, @deadline, @checked, @missingCount, @lateCount, @missingDane, @lateDane);
