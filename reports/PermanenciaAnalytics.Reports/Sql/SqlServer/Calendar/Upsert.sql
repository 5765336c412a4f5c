MERGE dbo.school_calendar WITH (HOLDLOCK) AS t
USING (SELECT @year AS school_year, @start AS start_date, @end AS end_date, @now AS updated_at) AS s
ON t.school_year = s.school_year
WHEN MATCHED THEN UPDATE SET start_date = s.start_date, end_date = s.end_date, updated_at = s.updated_at
WHEN NOT MATCHED THEN INSERT (school_year, start_date, end_date, updated_at) VALUES (s.school_year, s.start_date, s.end_date, s.updated_at);
