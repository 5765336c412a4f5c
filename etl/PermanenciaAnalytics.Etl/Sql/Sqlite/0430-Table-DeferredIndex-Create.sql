-- A bulk-load window (several large SIMAT files in a row) drops the secondary indexes of enrollment and
-- student_contact once and rebuilds them once at the end. Each dropped index is written here, in the same transaction
-- as its DROP, so the definition survives a crash between files: the next recompute or server start rebuilds it.
CREATE TABLE deferred_index (
    index_name  TEXT NOT NULL PRIMARY KEY,
    table_name  TEXT NOT NULL,
    create_sql  TEXT NOT NULL,
    deferred_at TEXT NOT NULL
);
