-- Derived per student and school year by `recompute` (docs/design.md §5 rules 3–6); rebuilt wholesale per year.
-- Disaggregation attributes are copied from the attributed MATRICULADO row (latest enrolled cut).
CREATE TABLE dbo.student_year_outcome (
    school_year        INT           NOT NULL,
    student_key        VARCHAR(40)   NOT NULL,
    institution_dane   VARCHAR(12)   NOT NULL,
    sede_dane          VARCHAR(14)   NULL,
    grade              INT           NOT NULL,
    jornada            NVARCHAR(30)  NULL,
    in_universe        BIT           NOT NULL,
    first_enrolled_cut DATE          NOT NULL,
    last_enrolled_cut  DATE          NOT NULL,
    enrolled_cuts      INT           NOT NULL,
    is_dropout         BIT           NOT NULL,
    dropout_month      INT           NULL,
    per_id             VARCHAR(30)   NULL,
    doc_key            VARCHAR(40)   NULL,
    sex                NVARCHAR(10)  NULL,
    zona               NVARCHAR(20)  NULL,
    country_origin     NVARCHAR(60)  NULL,
    estrato            NVARCHAR(20)  NULL,
    etnia              NVARCHAR(100) NULL,
    discapacidad       NVARCHAR(100) NULL,
    victima            NVARCHAR(30)  NULL,
    birth_date         DATE          NULL,
    repitente          NVARCHAR(5)   NULL,
    CONSTRAINT pk_student_year_outcome PRIMARY KEY (school_year, student_key)
);
-- Covers the indicator GROUP BY (counts per institution, sede, grade, dropout month) without touching the table.
CREATE INDEX ix_student_year_outcome_cells ON dbo.student_year_outcome
    (school_year, in_universe, institution_dane, sede_dane, grade, dropout_month, is_dropout);

CREATE TABLE dbo.student_transfer_out (
    school_year       INT          NOT NULL,
    student_key       VARCHAR(40)  NOT NULL,
    institution_dane  VARCHAR(12)  NOT NULL,
    sede_dane         VARCHAR(14)  NULL,
    grade             INT          NOT NULL,
    last_enrolled_cut DATE         NOT NULL,
    transfer_month    INT          NOT NULL,
    CONSTRAINT pk_student_transfer_out PRIMARY KEY (school_year, student_key, institution_dane)
);
CREATE INDEX ix_student_transfer_out_institution ON dbo.student_transfer_out (school_year, institution_dane, grade);

CREATE TABLE dbo.outcome_recompute (
    school_year  INT          NOT NULL CONSTRAINT pk_outcome_recompute PRIMARY KEY,
    final_cut    DATE         NOT NULL,
    until_cut    DATE         NULL,
    cuts         INT          NOT NULL,
    students     INT          NOT NULL,
    computed_at  DATETIME2(0) NOT NULL
);

CREATE INDEX ix_enrollment_year_enrolled ON dbo.enrollment (school_year, is_enrolled, student_key, cut_date, institution_dane);
-- The cuts of a year: seeked cut by cut instead of scanning the year's rows.
CREATE INDEX ix_enrollment_year_cut ON dbo.enrollment (school_year, cut_date);
