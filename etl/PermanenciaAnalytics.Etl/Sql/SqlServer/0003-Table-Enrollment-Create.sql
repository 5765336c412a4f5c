-- One row per student placement at one SIMAT cut. No names, documents, phones or addresses here:
-- those live in student_contact, read only by búsqueda activa.
CREATE TABLE dbo.enrollment (
    load_id          INT           NOT NULL CONSTRAINT fk_enrollment_load REFERENCES dbo.load_ledger (load_id),
    row_number       INT           NOT NULL,
    cut_date         DATE          NOT NULL,
    school_year      INT           NOT NULL,
    student_key      VARCHAR(40)   NOT NULL,
    per_id           VARCHAR(30)   NULL,
    doc_key          VARCHAR(40)   NULL,
    institution_dane VARCHAR(12)   NOT NULL,
    sede_dane        VARCHAR(14)   NULL,
    grade            INT           NOT NULL,
    group_code       NVARCHAR(20)  NULL,
    jornada          NVARCHAR(30)  NULL,
    status           VARCHAR(20)   NOT NULL,
    status_raw       NVARCHAR(40)  NULL,
    is_enrolled      BIT           NOT NULL,
    start_date       DATE          NULL,
    end_date         DATE          NULL,
    sex              NVARCHAR(10)  NULL,
    birth_date       DATE          NULL,
    country_origin   NVARCHAR(60)  NULL,
    zona             NVARCHAR(20)  NULL,
    estrato          NVARCHAR(20)  NULL,
    etnia            NVARCHAR(100) NULL,
    discapacidad     NVARCHAR(100) NULL,
    victima          NVARCHAR(30)  NULL,
    repitente        NVARCHAR(5)   NULL,
    metodologia      NVARCHAR(100) NULL,
    motivo           NVARCHAR(200) NULL,
    CONSTRAINT pk_enrollment PRIMARY KEY (load_id, row_number)
);
CREATE INDEX ix_enrollment_year_student ON dbo.enrollment (school_year, student_key, cut_date);
CREATE INDEX ix_enrollment_cut ON dbo.enrollment (cut_date, institution_dane);
