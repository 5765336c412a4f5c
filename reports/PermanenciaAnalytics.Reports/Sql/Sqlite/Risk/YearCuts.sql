-- The cuts of year @year, in order (seeks on ix_enrollment_year_cut, one step per distinct cut).
SELECT DISTINCT e.cut_date AS Cut FROM enrollment e WHERE e.school_year = @year ORDER BY e.cut_date;
