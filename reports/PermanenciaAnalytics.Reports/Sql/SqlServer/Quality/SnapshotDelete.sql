-- Drops the year's kept report before a new one is written (same transaction). Parameter: @year.
DELETE FROM dbo.quality_snapshot_finding WHERE school_year = @year;
DELETE FROM dbo.quality_snapshot WHERE school_year = @year;
