-- The data-quality report of a year, kept as of the last load it saw: its five checks scan every enrolment row of the
-- year (5–14 s on a Cúcuta-size year) and their answer changes only when a file is loaded. `quality`, the dashboard and
-- every process on the database read it back while MAX(load_ledger.load_id) of loaded files is still last_load_id.
CREATE TABLE dbo.quality_snapshot (
    school_year  INT          NOT NULL CONSTRAINT pk_quality_snapshot PRIMARY KEY,
    last_load_id BIGINT       NOT NULL,
    computed_at  DATETIME2(0) NOT NULL
);
CREATE TABLE dbo.quality_snapshot_finding (
    school_year      INT          NOT NULL CONSTRAINT fk_quality_snapshot_finding_snapshot
                                  REFERENCES dbo.quality_snapshot (school_year) ON DELETE CASCADE,
    position         INT          NOT NULL,
    check_name       VARCHAR(40)  NOT NULL,
    cut_date         DATE         NULL,
    institution_dane VARCHAR(12)  NULL,
    students         BIGINT       NOT NULL,
    previous         BIGINT       NULL,
    CONSTRAINT pk_quality_snapshot_finding PRIMARY KEY (school_year, position)
);
