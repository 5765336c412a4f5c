-- Rows that failed validation, also written to the rejects CSV beside the summary.
CREATE TABLE rejected_row (
    load_id     INTEGER NOT NULL REFERENCES load_ledger (load_id),
    row_number  INTEGER NOT NULL,
    column_name TEXT    NULL,
    value       TEXT    NULL,
    reason      TEXT    NOT NULL,
    severity    TEXT    NOT NULL DEFAULT 'rejected'   -- rejected | warning
);
CREATE INDEX ix_rejected_row_load ON rejected_row (load_id);
