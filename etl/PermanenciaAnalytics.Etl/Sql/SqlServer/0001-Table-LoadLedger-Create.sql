-- One row per file offered to the loader, whatever the outcome (loaded, skipped_duplicate, refused).
CREATE TABLE dbo.load_ledger (
    load_id        INT IDENTITY(1,1) NOT NULL CONSTRAINT pk_load_ledger PRIMARY KEY,
    file_name      NVARCHAR(400) NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    cut_date       DATE          NULL,
    school_year    INT           NULL,
    status         VARCHAR(20)   NOT NULL,
    rows_read      INT           NOT NULL CONSTRAINT df_load_ledger_rows_read DEFAULT 0,
    rows_loaded    INT           NOT NULL CONSTRAINT df_load_ledger_rows_loaded DEFAULT 0,
    rows_rejected  INT           NOT NULL CONSTRAINT df_load_ledger_rows_rejected DEFAULT 0,
    duplicates     INT           NOT NULL CONSTRAINT df_load_ledger_duplicates DEFAULT 0,
    warnings       INT           NOT NULL CONSTRAINT df_load_ledger_warnings DEFAULT 0,
    started_at     DATETIME2(3)  NOT NULL,
    finished_at    DATETIME2(3)  NULL,
    seconds        FLOAT         NULL,
    message        NVARCHAR(1000) NULL
);
CREATE UNIQUE INDEX ux_load_ledger_sha256_loaded ON dbo.load_ledger (sha256) WHERE status = 'loaded';

CREATE TABLE dbo.load_reject_reason (
    load_id   INT          NOT NULL CONSTRAINT fk_load_reject_reason_load REFERENCES dbo.load_ledger (load_id),
    reason    VARCHAR(100) NOT NULL,
    row_count INT          NOT NULL,
    CONSTRAINT pk_load_reject_reason PRIMARY KEY (load_id, reason)
);
