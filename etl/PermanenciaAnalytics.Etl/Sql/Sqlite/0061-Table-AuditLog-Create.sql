-- Who viewed or exported student-level data (or an export), when. Details hold counts and filters, never
-- names, documents, phones or addresses.
CREATE TABLE audit_log (
    audit_id         INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at      TEXT    NOT NULL,          -- UTC, ISO 8601
    user_name        TEXT    NOT NULL,
    role             TEXT    NOT NULL,
    action           TEXT    NOT NULL,
    institution_dane TEXT    NULL,
    school_year      INTEGER NULL,
    detail           TEXT    NULL
);
CREATE INDEX ix_audit_log_occurred ON audit_log (occurred_at);
