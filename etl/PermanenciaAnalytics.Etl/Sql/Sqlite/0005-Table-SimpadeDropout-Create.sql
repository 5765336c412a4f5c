-- One row per student reported by SIMPADE as desertor; reasons are the SPD_RAZON_DESERC_* flags set to 1.
CREATE TABLE simpade_dropout (
    load_id          INTEGER NOT NULL REFERENCES load_ledger (load_id),
    row_number       INTEGER NOT NULL,
    school_year      INTEGER NOT NULL,
    cut_date         TEXT    NULL,
    student_key      TEXT    NOT NULL,
    per_id           TEXT    NULL,
    doc_key          TEXT    NULL,
    institution_dane TEXT    NOT NULL,
    sede_dane        TEXT    NULL,
    grade            INTEGER NULL,
    grade_name       TEXT    NULL,
    final_month      INTEGER NULL,
    sex              TEXT    NULL,
    sector           TEXT    NULL,
    reasons_reported INTEGER NOT NULL,   -- 0 when every flag was blank
    PRIMARY KEY (load_id, row_number)
);
CREATE INDEX ix_simpade_dropout_year ON simpade_dropout (school_year, institution_dane);

CREATE TABLE simpade_dropout_reason (
    load_id     INTEGER NOT NULL,
    row_number  INTEGER NOT NULL,
    reason_code TEXT    NOT NULL,        -- suffix after SPD_RAZON_DESERC_, normalised
    PRIMARY KEY (load_id, row_number, reason_code),
    FOREIGN KEY (load_id, row_number) REFERENCES simpade_dropout (load_id, row_number)
);
