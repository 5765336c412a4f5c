-- The load a kept report was computed at, or no row. Parameter: @year.
SELECT last_load_id FROM dbo.quality_snapshot WHERE school_year = @year;
