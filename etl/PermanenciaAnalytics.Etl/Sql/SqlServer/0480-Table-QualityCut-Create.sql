-- The data-quality report kept per cut instead of per year (0380): a new monthly cut used to throw away the whole
-- year's report and scan every enrolment row of the year again (3.5 s on the demo year). Each cut keeps the loads it
-- was computed from (last loaded SIMAT load_id and how many); only cuts whose loads changed, and for grade jumps the
-- cuts after them, are computed again. Enrolment drops and missing institutions follow from the per-institution counts.
DROP TABLE dbo.quality_snapshot_finding;
DROP TABLE dbo.quality_snapshot;
CREATE TABLE dbo.quality_cut (
    school_year              INT          NOT NULL,
    cut_date                 DATE         NOT NULL,
    last_load_id             BIGINT       NOT NULL,
    loads                    BIGINT       NOT NULL,
    duplicate_students       BIGINT       NOT NULL,
    two_institution_students BIGINT       NOT NULL,
    grade_jump_students      BIGINT       NOT NULL,
    computed_at              DATETIME2(0) NOT NULL,
    CONSTRAINT pk_quality_cut PRIMARY KEY (school_year, cut_date)
);
CREATE TABLE dbo.quality_cut_institution (
    school_year       INT         NOT NULL,
    cut_date          DATE        NOT NULL,
    institution_dane  VARCHAR(12) NOT NULL,
    enrolled_students BIGINT      NOT NULL,  -- distinct MATRICULADO students; 0 when the institution only has other rows
    CONSTRAINT pk_quality_cut_institution PRIMARY KEY (school_year, cut_date, institution_dane),
    CONSTRAINT fk_quality_cut_institution_cut FOREIGN KEY (school_year, cut_date)
        REFERENCES dbo.quality_cut (school_year, cut_date) ON DELETE CASCADE
);
