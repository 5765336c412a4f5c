-- The data-quality report kept per cut instead of per year (0380): a new monthly cut used to throw away the whole
-- year's report and scan every enrolment row of the year again (3.5 s on the demo year). Each cut keeps the loads it
-- was computed from (last loaded SIMAT load_id and how many); only cuts whose loads changed, and for grade jumps the
-- cuts after them, are computed again. Enrolment drops and missing institutions follow from the per-institution counts.
DROP TABLE quality_snapshot_finding;
DROP TABLE quality_snapshot;
CREATE TABLE quality_cut (
    school_year              INTEGER NOT NULL,
    cut_date                 TEXT    NOT NULL,
    last_load_id             INTEGER NOT NULL,
    loads                    INTEGER NOT NULL,
    duplicate_students       INTEGER NOT NULL,
    two_institution_students INTEGER NOT NULL,
    grade_jump_students      INTEGER NOT NULL,
    computed_at              TEXT    NOT NULL,
    PRIMARY KEY (school_year, cut_date)
);
CREATE TABLE quality_cut_institution (
    school_year       INTEGER NOT NULL,
    cut_date          TEXT    NOT NULL,
    institution_dane  TEXT    NOT NULL,
    enrolled_students INTEGER NOT NULL,  -- distinct MATRICULADO students; 0 when the institution only has other rows
    PRIMARY KEY (school_year, cut_date, institution_dane),
    FOREIGN KEY (school_year, cut_date) REFERENCES quality_cut (school_year, cut_date) ON DELETE CASCADE
);
