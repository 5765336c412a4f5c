-- Personal data of minors. Only the búsqueda-activa feature reads this table; never log its values.
CREATE TABLE dbo.student_contact (
    load_id        INT           NOT NULL CONSTRAINT fk_student_contact_load REFERENCES dbo.load_ledger (load_id),
    row_number     INT           NOT NULL,
    student_key    VARCHAR(40)   NOT NULL,
    doc_type       NVARCHAR(60)  NULL,
    doc_number     NVARCHAR(30)  NULL,
    first_name     NVARCHAR(60)  NULL,
    second_name    NVARCHAR(60)  NULL,
    first_surname  NVARCHAR(60)  NULL,
    second_surname NVARCHAR(60)  NULL,
    phone          NVARCHAR(60)  NULL,
    address        NVARCHAR(200) NULL,
    neighborhood   NVARCHAR(100) NULL,
    email          NVARCHAR(120) NULL,
    CONSTRAINT pk_student_contact PRIMARY KEY (load_id, row_number)
);
CREATE INDEX ix_student_contact_student ON dbo.student_contact (student_key);
