-- Each run of the plan-deadline job (issue 11: its result only reached the log). The dashboard shows the latest run;
-- DANE codes only, never a name. The trigger bumps data_version so the dashboard's cached read sees a new run.
CREATE TABLE plan_deadline_run (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    run_at        TEXT    NOT NULL,
    school_year   INTEGER NOT NULL,
    deadline      TEXT    NOT NULL,
    checked       INTEGER NOT NULL,
    missing_count INTEGER NOT NULL,
    late_count    INTEGER NOT NULL,
    missing_dane  TEXT    NOT NULL,
    late_dane     TEXT    NOT NULL
);
CREATE TRIGGER tr_plan_deadline_run_insert_version AFTER INSERT ON plan_deadline_run
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
