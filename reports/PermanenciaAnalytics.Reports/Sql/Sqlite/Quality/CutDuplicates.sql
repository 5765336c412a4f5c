-- Students with a duplicate row at cut @cut (rule 2 counts them once): more than one row with the same institution and
-- the same enrolled state, the loader's own rule (SimatRowSink). A transfer inside one cut (RETIRADO at the origin,
-- MATRICULADO at the destination) is two legitimate rows and is not counted; two MATRICULADO institutions are the
-- two_institutions check. The unary + keeps SQLite on ix_enrollment_cut (the cut's rows), not the year's.
-- Parameters: @year, @cut.
SELECT COUNT(*) FROM (
    SELECT DISTINCT student_key FROM enrollment
    WHERE +school_year = @year AND cut_date = @cut
    GROUP BY student_key, institution_dane, is_enrolled HAVING COUNT(*) > 1) d;
