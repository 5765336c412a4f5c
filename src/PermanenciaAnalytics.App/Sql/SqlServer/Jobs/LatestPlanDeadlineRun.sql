-- The latest run of the plan-deadline job, for the dashboard.
SELECT TOP (1) run_at AS RunAt, school_year AS Year, CAST(deadline AS DATETIME2(0)) AS Deadline, checked AS Checked, missing_count AS MissingCount, late_count AS LateCount
FROM dbo.plan_deadline_run ORDER BY id DESC;
