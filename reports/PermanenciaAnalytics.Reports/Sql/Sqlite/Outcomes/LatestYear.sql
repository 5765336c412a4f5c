-- The latest school year with SIMAT rows: the year the pages, the monthly publication and the plan check monitor.
SELECT MAX(school_year) FROM enrollment;
