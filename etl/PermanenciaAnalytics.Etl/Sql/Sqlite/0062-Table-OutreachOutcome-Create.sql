-- Búsqueda activa: what the school found when it looked for a student who withdrew or vanished.
-- History is kept; the latest row per (school_year, student_key) is the case's current outcome.
CREATE TABLE outreach_outcome (
    outcome_id       INTEGER PRIMARY KEY AUTOINCREMENT,
    school_year      INTEGER NOT NULL,
    student_key      TEXT    NOT NULL,
    institution_dane TEXT    NOT NULL,
    outcome          TEXT    NOT NULL,          -- contactado | reintegrado | trasladado_fuera | no_localizado
    outcome_date     TEXT    NOT NULL,          -- yyyy-MM-dd
    note             TEXT    NULL,              -- may hold personal data: shown to allowed roles only, never logged
    recorded_by      TEXT    NOT NULL,
    recorded_at      TEXT    NOT NULL,
    CHECK (outcome IN ('contactado', 'reintegrado', 'trasladado_fuera', 'no_localizado'))
);
CREATE INDEX ix_outreach_outcome_case ON outreach_outcome (school_year, institution_dane, student_key);
