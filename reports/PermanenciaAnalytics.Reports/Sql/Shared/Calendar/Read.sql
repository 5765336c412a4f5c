-- The calendar set for @year (none: calendar A applies).
SELECT start_date AS StartDate, end_date AS EndDate FROM school_calendar WHERE school_year = @year;
