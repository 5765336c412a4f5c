-- Personal data of minors. Only the búsqueda-activa feature reads this table; never log its values.
CREATE TABLE student_contact (
    load_id       INTEGER NOT NULL REFERENCES load_ledger (load_id),
    row_number    INTEGER NOT NULL,
    student_key   TEXT    NOT NULL,
    doc_type      TEXT    NULL,
    doc_number    TEXT    NULL,
    first_name    TEXT    NULL,
    second_name   TEXT    NULL,
    first_surname TEXT    NULL,
    second_surname TEXT   NULL,
    phone         TEXT    NULL,
    address       TEXT    NULL,
    neighborhood  TEXT    NULL,
    email         TEXT    NULL,
    PRIMARY KEY (load_id, row_number)
);
CREATE INDEX ix_student_contact_student ON student_contact (student_key);
