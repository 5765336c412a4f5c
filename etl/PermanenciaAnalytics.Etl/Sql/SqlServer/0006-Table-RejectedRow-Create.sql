-- Rows that failed validation, also written to the rejects CSV beside the summary.
CREATE TABLE dbo.rejected_row (
    load_id     INT            NOT NULL CONSTRAINT fk_rejected_row_load REFERENCES dbo.load_ledger (load_id),
    row_number  INT            NOT NULL,
    column_name NVARCHAR(120)  NULL,
    value       NVARCHAR(400)  NULL,
    reason      VARCHAR(100)   NOT NULL,
    severity    VARCHAR(10)    NOT NULL CONSTRAINT df_rejected_row_severity DEFAULT 'rejected'
);
CREATE INDEX ix_rejected_row_load ON dbo.rejected_row (load_id);
