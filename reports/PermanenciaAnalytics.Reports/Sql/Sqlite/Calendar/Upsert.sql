INSERT INTO school_calendar (school_year, start_date, end_date, updated_at) VALUES (@year, @start, @end, @now)
ON CONFLICT (school_year) DO UPDATE SET start_date = excluded.start_date, end_date = excluded.end_date, updated_at = excluded.updated_at;
