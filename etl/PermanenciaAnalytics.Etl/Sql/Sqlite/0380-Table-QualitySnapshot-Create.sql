-- The data-quality report of a year, kept as of the last load it saw: its five checks scan every enrolment row of the
-- year (5–14 s on a Cúcuta-size year) and their answer changes only when a file is loaded. `quality`, the dashboard and
-- every process on the database read it back while MAX(load_ledger.load_id) of loaded files is still last_load_id.
CREATE TABLE quality_snapshot (
    school_year  INTEGER NOT NULL PRIMARY KEY,
    last_load_id INTEGER NOT NULL,
    computed_at  TEXT    NOT NULL
);
CREATE TABLE quality_snapshot_finding (
    school_year      INTEGER NOT NULL REFERENCES quality_snapshot (school_year) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    check_name       TEXT    NOT NULL,
    cut_date         TEXT    NULL,
    institution_dane TEXT    NULL,
    students         INTEGER NOT NULL,
    previous         INTEGER NULL,
    PRIMARY KEY (school_year, position)
);
