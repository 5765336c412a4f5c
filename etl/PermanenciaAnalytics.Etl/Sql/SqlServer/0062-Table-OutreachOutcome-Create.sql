-- Búsqueda activa: what the school found when it looked for a student who withdrew or vanished.
-- History is kept; the latest row per (school_year, student_key) is the case's current outcome.
CREATE TABLE dbo.outreach_outcome (
    outcome_id       BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_outreach_outcome PRIMARY KEY,
    school_year      INT            NOT NULL,
    student_key      VARCHAR(40)    NOT NULL,
    institution_dane VARCHAR(20)    NOT NULL,
    outcome          VARCHAR(20)    NOT NULL,
    outcome_date     DATE           NOT NULL,
    note             NVARCHAR(1000) NULL,
    recorded_by      NVARCHAR(100)  NOT NULL,
    recorded_at      DATETIME2(3)   NOT NULL,
    CONSTRAINT ck_outreach_outcome CHECK (outcome IN ('contactado', 'reintegrado', 'trasladado_fuera', 'no_localizado'))
);
CREATE INDEX ix_outreach_outcome_case ON dbo.outreach_outcome (school_year, institution_dane, student_key);
