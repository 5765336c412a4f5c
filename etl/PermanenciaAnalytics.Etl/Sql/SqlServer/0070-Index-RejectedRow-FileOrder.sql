-- The uploads page lists a load's first rejected rows in file order (row, then severity): with the order in the index
-- it reads 200 entries instead of sorting every reject of the load. Still leads with load_id, so it serves every
-- lookup the old index served.
DROP INDEX IF EXISTS ix_rejected_row_load ON dbo.rejected_row;
CREATE INDEX ix_rejected_row_load ON dbo.rejected_row (load_id, row_number, severity);
