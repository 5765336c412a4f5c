-- Students enrolled (MATRICULADO) at two or more institutions at cut @cut. Parameters: @year, @cut.
SELECT COUNT(*) FROM (
    SELECT student_key FROM dbo.enrollment
    WHERE school_year = @year AND cut_date = @cut AND is_enrolled = 1
    GROUP BY student_key HAVING MIN(institution_dane) <> MAX(institution_dane)) d;
