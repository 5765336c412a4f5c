-- Students enrolled (MATRICULADO) at two or more institutions at cut @cut. The unary + keeps SQLite on
-- ix_enrollment_cut (the cut's rows), not the year's enrolled index. Parameters: @year, @cut.
SELECT COUNT(*) FROM (
    SELECT student_key FROM enrollment
    WHERE +school_year = @year AND cut_date = @cut AND is_enrolled = 1
    GROUP BY student_key HAVING MIN(institution_dane) <> MAX(institution_dane)) d;
