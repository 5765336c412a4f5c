-- Keeps the year's report as of load @lastLoad. Parameters: @year, @lastLoad, @now.
INSERT INTO dbo.quality_snapshot (school_year, last_load_id, computed_at) VALUES (@year, @lastLoad, @now);
