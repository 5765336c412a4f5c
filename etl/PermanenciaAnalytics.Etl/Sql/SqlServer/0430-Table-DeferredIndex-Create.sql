-- The bulk-load window's record of dropped indexes (see the SQLite script). SQL Server loads with SqlBulkCopy and never
-- opens a window; the table exists so both dialects keep one schema.
CREATE TABLE dbo.deferred_index (
    index_name  NVARCHAR(128) NOT NULL PRIMARY KEY,
    table_name  NVARCHAR(128) NOT NULL,
    create_sql  NVARCHAR(MAX) NOT NULL,
    deferred_at DATETIME2     NOT NULL
);
