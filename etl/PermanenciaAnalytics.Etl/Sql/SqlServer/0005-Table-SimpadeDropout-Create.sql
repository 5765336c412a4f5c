-- One row per student reported by SIMPADE as desertor; reasons are the SPD_RAZON_DESERC_* flags set to 1.
CREATE TABLE dbo.simpade_dropout (
    load_id          INT           NOT NULL CONSTRAINT fk_simpade_dropout_load REFERENCES dbo.load_ledger (load_id),
    row_number       INT           NOT NULL,
    school_year      INT           NOT NULL,
    cut_date         DATE          NULL,
    student_key      VARCHAR(40)   NOT NULL,
    per_id           VARCHAR(30)   NULL,
    doc_key          VARCHAR(40)   NULL,
    institution_dane VARCHAR(12)   NOT NULL,
    sede_dane        VARCHAR(14)   NULL,
    grade            INT           NULL,
    grade_name       NVARCHAR(60)  NULL,
    final_month      INT           NULL,
    sex              NVARCHAR(10)  NULL,
    sector           NVARCHAR(30)  NULL,
    reasons_reported BIT           NOT NULL,
    CONSTRAINT pk_simpade_dropout PRIMARY KEY (load_id, row_number)
);
CREATE INDEX ix_simpade_dropout_year ON dbo.simpade_dropout (school_year, institution_dane);

CREATE TABLE dbo.simpade_dropout_reason (
    load_id     INT          NOT NULL,
    row_number  INT          NOT NULL,
    reason_code VARCHAR(120) NOT NULL,
    CONSTRAINT pk_simpade_dropout_reason PRIMARY KEY (load_id, row_number, reason_code),
    CONSTRAINT fk_simpade_dropout_reason_dropout FOREIGN KEY (load_id, row_number)
        REFERENCES dbo.simpade_dropout (load_id, row_number)
);
