-- One row per student placement at one SIMAT cut. No names, documents, phones or addresses here:
-- those live in student_contact, read only by búsqueda activa.
CREATE TABLE enrollment (
    load_id          INTEGER NOT NULL REFERENCES load_ledger (load_id),
    row_number       INTEGER NOT NULL,
    cut_date         TEXT    NOT NULL,
    school_year      INTEGER NOT NULL,
    student_key      TEXT    NOT NULL,   -- PER_ID, else 'D' + hash of the document number
    per_id           TEXT    NULL,
    doc_key          TEXT    NULL,       -- hash of the normalised document number, for SIMPADE matching
    institution_dane TEXT    NOT NULL,
    sede_dane        TEXT    NULL,
    grade            INTEGER NOT NULL,
    group_code       TEXT    NULL,
    jornada          TEXT    NULL,
    status           TEXT    NOT NULL,   -- normalised ESTADO (MATRICULADO, RETIRADO, …, OTRO)
    status_raw       TEXT    NULL,
    is_enrolled      INTEGER NOT NULL,   -- 1 when ESTADO = MATRICULADO
    start_date       TEXT    NULL,
    end_date         TEXT    NULL,
    sex              TEXT    NULL,
    birth_date       TEXT    NULL,
    country_origin   TEXT    NULL,
    zona             TEXT    NULL,
    estrato          TEXT    NULL,
    etnia            TEXT    NULL,
    discapacidad     TEXT    NULL,
    victima          TEXT    NULL,
    repitente        TEXT    NULL,
    metodologia      TEXT    NULL,
    motivo           TEXT    NULL,
    PRIMARY KEY (load_id, row_number)
);
CREATE INDEX ix_enrollment_year_student ON enrollment (school_year, student_key, cut_date);
CREATE INDEX ix_enrollment_cut ON enrollment (cut_date, institution_dane);
