-- One row per file offered to the loader, whatever the outcome (loaded, skipped_duplicate, refused).
CREATE TABLE load_ledger (
    load_id        INTEGER PRIMARY KEY AUTOINCREMENT,
    file_name      TEXT    NOT NULL,
    sha256         TEXT    NOT NULL,
    kind           TEXT    NOT NULL,            -- simat | simpade | plan
    cut_date       TEXT    NULL,                -- yyyy-MM-dd
    school_year    INTEGER NULL,
    status         TEXT    NOT NULL,            -- loaded | refused
    rows_read      INTEGER NOT NULL DEFAULT 0,
    rows_loaded    INTEGER NOT NULL DEFAULT 0,
    rows_rejected  INTEGER NOT NULL DEFAULT 0,
    duplicates     INTEGER NOT NULL DEFAULT 0,
    warnings       INTEGER NOT NULL DEFAULT 0,
    started_at     TEXT    NOT NULL,
    finished_at    TEXT    NULL,
    seconds        REAL    NULL,
    message        TEXT    NULL
);
-- Only a loaded file blocks a re-load; a refused file may be fixed and offered again.
CREATE UNIQUE INDEX ux_load_ledger_sha256_loaded ON load_ledger (sha256) WHERE status = 'loaded';

CREATE TABLE load_reject_reason (
    load_id   INTEGER NOT NULL REFERENCES load_ledger (load_id),
    reason    TEXT    NOT NULL,
    row_count INTEGER NOT NULL,
    PRIMARY KEY (load_id, reason)
);
