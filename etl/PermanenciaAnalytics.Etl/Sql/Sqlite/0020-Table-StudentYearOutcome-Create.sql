-- Derived per student and school year by `recompute` (docs/design.md §5 rules 3–6); rebuilt wholesale per year.
-- Disaggregation attributes are copied from the attributed MATRICULADO row (latest enrolled cut).
CREATE TABLE student_year_outcome (
    school_year        INTEGER NOT NULL,
    student_key        TEXT    NOT NULL,
    institution_dane   TEXT    NOT NULL,
    sede_dane          TEXT    NULL,
    grade              INTEGER NOT NULL,
    jornada            TEXT    NULL,
    in_universe        INTEGER NOT NULL,   -- 1 when the attributed grade is 0–11 or 99
    first_enrolled_cut TEXT    NOT NULL,
    last_enrolled_cut  TEXT    NOT NULL,
    enrolled_cuts      INTEGER NOT NULL,   -- distinct cuts with a MATRICULADO row
    is_dropout         INTEGER NOT NULL,   -- not enrolled at the final cut
    dropout_month      INTEGER NULL,
    per_id             TEXT    NULL,
    doc_key            TEXT    NULL,
    sex                TEXT    NULL,
    zona               TEXT    NULL,
    country_origin     TEXT    NULL,
    estrato            TEXT    NULL,
    etnia              TEXT    NULL,
    discapacidad       TEXT    NULL,
    victima            TEXT    NULL,
    birth_date         TEXT    NULL,
    repitente          TEXT    NULL,
    PRIMARY KEY (school_year, student_key)
);
-- Covers the indicator GROUP BY (counts per institution, sede, grade, dropout month) without touching the table.
CREATE INDEX ix_student_year_outcome_cells ON student_year_outcome
    (school_year, in_universe, institution_dane, sede_dane, grade, dropout_month, is_dropout);

-- Rule 6: one row per student and institution they were enrolled at during the year but are not attributed to.
CREATE TABLE student_transfer_out (
    school_year       INTEGER NOT NULL,
    student_key       TEXT    NOT NULL,
    institution_dane  TEXT    NOT NULL,    -- the institution left
    sede_dane         TEXT    NULL,
    grade             INTEGER NOT NULL,    -- grade of the last enrolled row at that institution
    last_enrolled_cut TEXT    NOT NULL,
    transfer_month    INTEGER NOT NULL,    -- month of the first cut after last_enrolled_cut (else of that cut)
    PRIMARY KEY (school_year, student_key, institution_dane)
);
CREATE INDEX ix_student_transfer_out_institution ON student_transfer_out (school_year, institution_dane, grade);

-- One row per year recomputed: which cuts the outcomes describe.
CREATE TABLE outcome_recompute (
    school_year  INTEGER PRIMARY KEY,
    final_cut    TEXT    NOT NULL,
    until_cut    TEXT    NULL,
    cuts         INTEGER NOT NULL,
    students     INTEGER NOT NULL,
    computed_at  TEXT    NOT NULL
);

-- Recompute reads only enrolled rows of one year, per student, in cut order; this index covers that scan.
CREATE INDEX ix_enrollment_year_enrolled ON enrollment (school_year, is_enrolled, student_key, cut_date, institution_dane);
-- The cuts of a year: seeked cut by cut instead of scanning the year's rows.
CREATE INDEX ix_enrollment_year_cut ON enrollment (school_year, cut_date);
