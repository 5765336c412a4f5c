-- Students with a duplicate row at one cut (rule 2 counts them once): more than one row with the same institution and the
-- same enrolled state, the loader's own rule (SimatRowSink). A transfer inside one cut (RETIRADO at the origin, MATRICULADO at
-- the destination) is two legitimate rows and is not counted; two MATRICULADO institutions are the two_institutions check.
-- Parameter: @year.
SELECT d.cut_date AS cut_date, NULL AS institution_dane, COUNT(*) AS students, NULL AS previous
FROM (SELECT DISTINCT cut_date, student_key FROM enrollment WHERE school_year = @year
      GROUP BY cut_date, student_key, institution_dane, is_enrolled HAVING COUNT(*) > 1) d
GROUP BY d.cut_date
ORDER BY d.cut_date;
