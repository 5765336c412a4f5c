-- Drops the year's kept report before a new one is written (same transaction). Parameter: @year.
DELETE FROM quality_snapshot_finding WHERE school_year = @year;
DELETE FROM quality_snapshot WHERE school_year = @year;
