-- The latest run of the plan-deadline job, for the dashboard.
SELECT run_at AS RunAt, school_year AS Year, deadline AS Deadline, checked AS Checked, missing_count AS MissingCount, late_count AS LateCount
FROM plan_deadline_run ORDER BY id DESC LIMIT 1;
