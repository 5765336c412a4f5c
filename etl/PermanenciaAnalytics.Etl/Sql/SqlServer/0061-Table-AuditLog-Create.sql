-- Who viewed or exported student-level data (or an export), when. Details hold counts and filters, never
-- names, documents, phones or addresses.
CREATE TABLE dbo.audit_log (
    audit_id         BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_audit_log PRIMARY KEY,
    occurred_at      DATETIME2(3)  NOT NULL,
    user_name        NVARCHAR(100) NOT NULL,
    role             VARCHAR(20)   NOT NULL,
    action           VARCHAR(60)   NOT NULL,
    institution_dane VARCHAR(20)   NULL,
    school_year      INT           NULL,
    detail           NVARCHAR(400) NULL
);
CREATE INDEX ix_audit_log_occurred ON dbo.audit_log (occurred_at);
